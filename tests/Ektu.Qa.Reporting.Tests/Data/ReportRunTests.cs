using DocumentFormat.OpenXml.Packaging;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Reporting.Definitions;
using Ektu.Qa.Reporting.Runs;
using Ektu.Qa.Reporting.Schedules;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Reporting.Tests.Data;

public sealed class ReportRunTests
{
    private static Task<TestApp> StartAsync(string provider) =>
        TestApp.StartAsync(provider, configure: b =>
        {
            b.Configuration["Reporting:ArchivePath"] = Path.Combine(Path.GetTempPath(), "ektu-qa-tests", "reports-" + Guid.NewGuid().ToString("N"));
            b.Services.AddSingleton<IReportDefinitionProvider, ThrowingReportProvider>();
        });

    private static Task<bool> ExecuteAsync(TestApp app, Guid runId) =>
        app.Services.GetRequiredService<ReportRunner>().ExecuteAsync(runId, CancellationToken.None);

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Run_Should_ArchiveChecksummedFileOnce_When_Executed(string provider)
    {
        await using var app = await StartAsync(provider);
        var queued = await app.AsAsync("admin", sp =>
            sp.GetRequiredService<IReportAppService>().RunAsync(new RunReportInput { ReportKey = "Kernel.AuditLog", Format = ReportFormat.Xlsx }));
        queued.Status.ShouldBe(RunStatus.Queued);

        (await ExecuteAsync(app, queued.Id)).ShouldBeTrue();
        (await ExecuteAsync(app, queued.Id)).ShouldBeFalse("a run is never produced twice");

        var run = await app.AsAsync("admin", sp => sp.GetRequiredService<IReportAppService>().GetRunAsync(queued.Id));
        run.Status.ShouldBe(RunStatus.Succeeded);
        run.RowCount.ShouldBeGreaterThan(0);
        run.Attempts.ShouldBe(1);
        var file = await (await app.AsAsync("admin", sp => sp.GetRequiredService<IReportAppService>().DownloadAsync(queued.Id))).ToTempFileAsync();
        using (var doc = SpreadsheetDocument.Open(file, false))
            doc.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Count()
                .ShouldBe(run.RowCount + 1);
        (await app.QueryAsync(s => s.ExecuteScalarAsync<string>("SELECT checksum FROM rp_runs WHERE id = @id", new { id = queued.Id })))
            .ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(file))));

        // A damaged archive file is never served.
        await DamageAsync(app, provider, queued.Id);
        var ex = await Should.ThrowAsync<QaException>(() =>
            app.AsAsync("admin", sp => sp.GetRequiredService<IReportAppService>().DownloadAsync(queued.Id)));
        ex.Code.ShouldBe(ReportingErrorCodes.FileUnavailable);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Run_Should_FailWithMessageAndRetry_When_GeneratorThrows(string provider)
    {
        await using var app = await StartAsync(provider);
        var queued = await app.AsAsync("admin", sp =>
            sp.GetRequiredService<IReportAppService>()
            .RunAsync(new RunReportInput { ReportKey = "Test.Throws", Format = ReportFormat.Csv, Parameters = { ["n"] = "3" } }));

        (await ExecuteAsync(app, queued.Id)).ShouldBeFalse();
        var failed = await app.AsAsync("admin", sp => sp.GetRequiredService<IReportAppService>().GetRunAsync(queued.Id));
        failed.Status.ShouldBe(RunStatus.Failed);
        failed.Error.ShouldBe("Kernel:Unexpected", "the raw exception text stays in the log");
        (await app.AsAsync("admin", sp => sp.GetRequiredService<ReportArchive>().CountAsync())).ShouldBe(0, "no partial file is archived");

        var retried = await app.AsAsync("admin", sp => sp.GetRequiredService<IReportAppService>().RetryAsync(queued.Id));
        retried.Status.ShouldBe(RunStatus.Queued);
        await Should.ThrowAsync<QaException>(() => app.AsAsync("admin", sp => sp.GetRequiredService<IReportAppService>().RetryAsync(queued.Id)));
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Run_Should_BeRefused_When_ParameterOutOfRangeOrNoPermission(string provider)
    {
        await using var app = await StartAsync(provider);
        var ex = await Should.ThrowAsync<ValidationException>(() => app.AsAsync("admin", sp => sp.GetRequiredService<IReportAppService>().RunAsync(
            new RunReportInput { ReportKey = "Test.Throws", Format = ReportFormat.Csv, Parameters = { ["n"] = "11" } })));
        ex.Errors["n"].ShouldBe([ReportingErrorCodes.OutOfRange]);
        var forbidden = await Should.ThrowAsync<QaException>(() => app.AsAsync("teacher1", sp => sp.GetRequiredService<IReportAppService>().RunAsync(
            new RunReportInput { ReportKey = "Kernel.AuditLog", Format = ReportFormat.Csv })));
        forbidden.Status.ShouldBe(403);
        (await app.QueryAsync(s => s.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM rp_runs"))).ShouldBe(0);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Maintenance_Should_RequeueRun_When_HostDiedMidWrite(string provider)
    {
        await using var app = await StartAsync(provider);
        var queued = await app.AsAsync("admin", sp =>
            sp.GetRequiredService<IReportAppService>().RunAsync(new RunReportInput { ReportKey = "Kernel.AuditLog", Format = ReportFormat.Csv }));
        // A host that died mid-write: the run is Running with an old heartbeat (its scratch file went with its process).
        await app.AsAsync("admin", sp => sp.GetRequiredService<IDbSession>().ExecuteAsync(
            "UPDATE rp_runs SET status = 'Running', attempts = 1, heartbeat_at = @old WHERE id = @id",
                new { id = queued.Id, old = app.Clock.UtcNow.AddMinutes(-10) }));

        var requeued = await app.AsAsync("admin", sp => sp.GetRequiredService<ReportMaintenance>().RequeueInterruptedAsync(CancellationToken.None));
        requeued.ShouldBe([queued.Id]);
        await Should.ThrowAsync<QaException>(() => app.AsAsync("admin", sp => sp.GetRequiredService<IReportAppService>().DownloadAsync(queued.Id)));

        (await ExecuteAsync(app, queued.Id)).ShouldBeTrue();
        (await app.AsAsync("admin", sp => sp.GetRequiredService<IReportAppService>().GetRunAsync(queued.Id))).Attempts.ShouldBe(2);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Purge_Should_DeleteStoredFileAndKeepRecord_When_RunIsOlderThanRetention(string provider)
    {
        await using var app = await StartAsync(provider);
        var old = await RunAsync(app);
        var recent = await RunAsync(app);
        await app.AsAsync("admin", sp => sp.GetRequiredService<IDbSession>().ExecuteAsync(
            "UPDATE rp_runs SET finished_at = @at WHERE id = @id", new { id = old, at = app.Clock.UtcNow.AddDays(-400) }));
        var path = await app.QueryAsync(s => s.ExecuteScalarAsync<string>("SELECT file_path FROM rp_runs WHERE id = @id", new { id = old }));

        (await app.AsAsync("admin", sp => sp.GetRequiredService<ReportMaintenance>().PurgeAsync(CancellationToken.None))).ShouldBe(1);

        (await app.AsAsync("admin", sp => sp.GetRequiredService<ReportArchive>().ExistsAsync(path!))).ShouldBeFalse();
        (await app.AsAsync("admin", sp => sp.GetRequiredService<ReportArchive>().CountAsync())).ShouldBe(1);
        (await app.AsAsync("admin", sp => sp.GetRequiredService<IReportAppService>().GetRunAsync(old))).Status.ShouldBe(RunStatus.Succeeded);
        var ex = await Should.ThrowAsync<QaException>(() =>
            app.AsAsync("admin", sp => sp.GetRequiredService<IReportAppService>().DownloadAsync(old)));
        ex.Status.ShouldBe(404);
        await using var kept = (await app.AsAsync("admin", sp => sp.GetRequiredService<IReportAppService>().DownloadAsync(recent))).Content;
    }

    private static async Task<Guid> RunAsync(TestApp app)
    {
        var queued = await app.AsAsync("admin", sp =>
            sp.GetRequiredService<IReportAppService>().RunAsync(new RunReportInput { ReportKey = "Kernel.AuditLog", Format = ReportFormat.Csv }));
        (await ExecuteAsync(app, queued.Id)).ShouldBeTrue();
        return queued.Id;
    }

    /// <summary>One byte more in the stored file: in its folder on disk, in its last chunk in the database store.</summary>
    private static async Task DamageAsync(TestApp app, string provider, Guid runId)
    {
        var path = (await app.QueryAsync(s => s.ExecuteScalarAsync<string>("SELECT file_path FROM rp_runs WHERE id = @id", new { id = runId })))!;
        if (provider == TestDatabases.Sqlite)
        {
            var root = app.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Reporting:ArchivePath"]!;
            await File.AppendAllTextAsync(Path.Combine(root, path), "x");
            return;
        }
        await app.AsAsync("admin", async sp =>
        {
            var db = sp.GetRequiredService<IDbSession>();
            var last = await db.ExecuteScalarAsync<int>("SELECT MAX(seq) FROM k_file_chunks WHERE area = 'Reporting' AND path = @path", new { path });
            var data = await db.ExecuteScalarAsync<byte[]>("SELECT data FROM k_file_chunks WHERE area = 'Reporting' AND path = @path AND seq = @last",
                new { path, last });
            await db.ExecuteAsync("UPDATE k_file_chunks SET data = @data WHERE area = 'Reporting' AND path = @path AND seq = @last",
                new { path, last, data = data!.Append((byte)'x').ToArray() });
        });
    }
}
