using DocumentFormat.OpenXml.Packaging;
using Ektu.Qa.Identity;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Register;
using Ektu.Qa.Reporting.Definitions;
using Ektu.Qa.Reporting.Runs;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Reporting.Tests.Data;

/// <summary>QaCommission's report definitions through the Reporting runner, as the dean of SITIS.</summary>
public sealed class QaCommissionReportTests
{
    private static Task<TestApp> StartAsync(string provider) =>
        TestApp.StartAsync(provider, configure: b =>
            b.Configuration["Reporting:ArchivePath"] = Path.Combine(Path.GetTempPath(), "ektu-qa-tests", "reports-" + Guid.NewGuid().ToString("N")));

    private static async Task<string> RunAsync(TestApp app, string key, ReportFormat format, Dictionary<string, string?> parameters)
    {
        var run = await app.AsAsync("dean.sitis", sp =>
            sp.GetRequiredService<IReportAppService>().RunAsync(new RunReportInput { ReportKey = key, Format = format, Parameters = parameters }));
        (await app.Services.GetRequiredService<ReportRunner>().ExecuteAsync(run.Id, CancellationToken.None)).ShouldBeTrue();
        return await (await app.AsAsync("dean.sitis", sp => sp.GetRequiredService<IReportAppService>().DownloadAsync(run.Id))).ToTempFileAsync();
    }

    private static Task<Guid> SitisAsync(TestApp app) => app.AsAsync("admin", async sp =>
        (await sp.GetRequiredService<IIdentityIntegrationService>().GetUnitsAsync()).Single(u => u.Code == "SITIS").Id);

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SemiAnnual_Should_WriteNarrativeDocxAndTabularAnnex_When_RunByReporting(string provider)
    {
        await using var app = await StartAsync(provider);
        var sitis = (await SitisAsync(app)).ToString();
        var parameters = new Dictionary<string, string?> { ["unit"] = sitis, ["kind"] = "Final", ["year"] = "2025", ["language"] = "ru" };

        using (var doc = WordprocessingDocument.Open(await RunAsync(app, "QaCommission.SemiAnnual", ReportFormat.Docx, parameters), false))
        {
            var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
            text.ShouldContain("Аналитический отчёт");
            text.ShouldContain("Проведено заседаний: 1;");
        }
        var csv = (await File.ReadAllLinesAsync(await RunAsync(app, "QaCommission.SemiAnnual", ReportFormat.Csv, parameters)))
            .Where(l => l.Length > 0).ToList();
        csv.Skip(1).ShouldContain(l => l.StartsWith("Сводка;Проведено заседаний;;1", StringComparison.Ordinal));
        csv.Skip(1).ShouldContain(l => l.StartsWith("Риски;", StringComparison.Ordinal));

        // Without a year a schedule covers the latest ended period of its kind: on 2 March 2026 that is the 2025/2026 interim.
        var interim = (await File.ReadAllLinesAsync(await RunAsync(app, "QaCommission.SemiAnnual", ReportFormat.Csv,
            new() { ["unit"] = sitis, ["kind"] = "Interim", ["language"] = "kk" }))).Where(l => l.Length > 0).ToList();
        interim.ShouldContain(l => l.Contains("2025/2026", StringComparison.Ordinal) && l.Contains("31.01.2026", StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task DecisionsRegister_Should_ListRegisterOfSchool_When_RunByReporting(string provider)
    {
        await using var app = await StartAsync(provider);
        var sitis = await SitisAsync(app);
        var commission = await app.AsAsync("dean.sitis", async sp =>
            (await sp.GetRequiredService<ICommissionAppService>().GetListAsync())
            .Single(c => c.SchoolUnitId == sitis && c.State == CommissionState.Active));
        var register = await app.AsAsync("dean.sitis", sp => sp.GetRequiredService<IDecisionRegisterAppService>().GetRegisterAsync(commission.Id));
        register.ShouldNotBeEmpty();

        var lines = (await File.ReadAllLinesAsync(await RunAsync(app, "QaCommission.DecisionsRegister", ReportFormat.Csv,
            new() { ["unit"] = sitis.ToString() })))
            .Where(l => l.Length > 0).ToList();
        lines[0].Split(';').Length.ShouldBe(11);
        lines.Skip(1).Count().ShouldBe(register.Count);
        lines.Skip(1).Select(l => l.Split(';')[2]).Order().ShouldBe(register.Select(e => e.Decision.Text).Order());

        var overdue = (await File.ReadAllLinesAsync(await RunAsync(app, "QaCommission.DecisionsRegister", ReportFormat.Csv,
            new() { ["filter"] = "overdue" })))
            .Where(l => l.Length > 0).Skip(1).ToList();
        overdue.Count.ShouldBe(register.Count(e => e.IsOverdue));
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task DecisionsRegister_Should_WriteSchemaValidLandscapeDocx_When_RunAsWord(string provider)
    {
        await using var app = await StartAsync(provider);
        var sitis = await SitisAsync(app);
        var path = await RunAsync(app, "QaCommission.DecisionsRegister", ReportFormat.Docx, new() { ["unit"] = sitis.ToString() });
        await using var file = File.OpenRead(path);
        using var ms = new MemoryStream();
        await file.CopyToAsync(ms);

        DocxSchema.Errors(ms).ShouldBeEmpty();
        var (landscape, grids) = DocxSchema.Layout(ms);
        landscape.ShouldBeTrue();
        var grid = grids.Single();
        grid.Length.ShouldBe(11);
        // Not eleven equal slices: the decision text (the third column) is wider than the row number and each count.
        grid[2].ShouldBeGreaterThan(grid[0]);
        grid[2].ShouldBeGreaterThan(grid[^1]);

        // Opened in LibreOffice: every page in landscape and every word of the table printed whole.
        var pages = await DocxRendering.RenderAsync(ms);
        pages.ShouldNotBeEmpty();
        pages.ShouldAllBe(p => p.Landscape);
        DocxRendering.BrokenWords(ms, pages).ShouldBeEmpty(string.Join(' ', pages.SelectMany(p => p.Words)));
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SemiAnnual_Should_WriteSchemaValidDocx_When_RunAsWord(string provider)
    {
        await using var app = await StartAsync(provider);
        var sitis = await SitisAsync(app);
        await using var file = File.OpenRead(await RunAsync(app, "QaCommission.SemiAnnual", ReportFormat.Docx,
            new() { ["unit"] = sitis.ToString(), ["kind"] = "Final", ["year"] = "2025", ["language"] = "kk" }));
        using var ms = new MemoryStream();
        await file.CopyToAsync(ms);
        DocxSchema.Errors(ms).ShouldBeEmpty();
    }
}
