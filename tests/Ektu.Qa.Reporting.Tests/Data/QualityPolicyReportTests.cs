using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Reporting.Definitions;
using Ektu.Qa.Reporting.Runs;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Reporting.Tests.Data;

public sealed class QualityPolicyReportTests
{
    private static Task<TestApp> StartAsync(string provider) =>
        TestApp.StartAsync(provider, configure: b =>
            b.Configuration["Reporting:ArchivePath"] = Path.Combine(Path.GetTempPath(), "ektu-qa-tests", "reports-" + Guid.NewGuid().ToString("N")));

    /// <summary>Queues as <paramref name="user"/>, executes (as that owner), returns the CSV lines without the header.</summary>
    private static async Task<List<string[]>> RunCsvAsync(TestApp app, string user, string key, Dictionary<string, string?> parameters)
    {
        var run = await app.AsAsync(user, sp =>
            sp.GetRequiredService<IReportAppService>()
            .RunAsync(new RunReportInput { ReportKey = key, Format = ReportFormat.Csv, Parameters = parameters }));
        (await app.Services.GetRequiredService<ReportRunner>().ExecuteAsync(run.Id, CancellationToken.None)).ShouldBeTrue();
        var file = await app.AsAsync(user, sp => sp.GetRequiredService<IReportAppService>().DownloadAsync(run.Id));
        var lines = (await File.ReadAllLinesAsync(await file.ToTempFileAsync())).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(';')).ToList();
        (await app.AsAsync(user, sp => sp.GetRequiredService<IReportAppService>().GetRunAsync(run.Id))).RowCount.ShouldBe(lines.Count);
        return lines;
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task AcknowledgementSheet_Should_ListOnlyDocumentsInOwnersScope_When_Run(string provider)
    {
        await using var app = await StartAsync(provider);
        var all = await RunCsvAsync(app, "admin", "QualityPolicy.AcknowledgementSheet", new() { ["status"] = "all" });
        all.ShouldNotBeEmpty();
        all.Select(r => r[0]).Distinct().Order().ShouldBe(["EKTU-ACP-01", "EKTU-QP-01"]);
        var pending = await RunCsvAsync(app, "admin", "QualityPolicy.AcknowledgementSheet",
            new() { ["status"] = "pending", ["document"] = "ektu-qp-01" });
        pending.ShouldNotBeEmpty();
        pending.ShouldAllBe(r => r[0] == "EKTU-QP-01" && r[6] == "");

        // The dean of one school sees neither university-wide document: they are owned by and apply to the root unit.
        var dean = await RunCsvAsync(app, "dean.sitis", "QualityPolicy.AcknowledgementSheet", new() { ["status"] = "all" });
        dean.ShouldBeEmpty();
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task KpiReport_Should_ListIndicatorYearsWithLocalizedStatus_When_Run(string provider)
    {
        await using var app = await StartAsync(provider);
        var rows = await RunCsvAsync(app, "admin", "QualityPolicy.Kpis", []);
        rows.ShouldNotBeEmpty();
        rows.Select(r => r[^1]).ShouldAllBe(s => new[] { "Нет данных", "По плану", "Под угрозой", "Не выполнен" }.Contains(s));
        var year = rows[0][5];
        var oneYear = await RunCsvAsync(app, "admin", "QualityPolicy.Kpis", new() { ["year"] = year });
        oneYear.ShouldAllBe(r => r[5] == year);
        oneYear.Count.ShouldBeLessThan(rows.Count);

        var ex = await Should.ThrowAsync<ValidationException>(() => app.AsAsync("admin", sp => sp.GetRequiredService<IReportAppService>().RunAsync(
            new RunReportInput { ReportKey = "QualityPolicy.Kpis", Format = ReportFormat.Csv, Parameters = { ["year"] = "1999" } })));
        ex.Errors["year"].ShouldBe([ReportingErrorCodes.OutOfRange]);
    }
}
