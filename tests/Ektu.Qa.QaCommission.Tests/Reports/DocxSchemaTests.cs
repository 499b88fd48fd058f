using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Meetings;
using Ektu.Qa.QaCommission.Reports;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.QaCommission.Tests.Reports;

/// <summary>
/// Every Word document QaCommission writes validates against the Office Open XML schema (OpenXmlValidator, zero errors),
/// on the demo data: the SITIS commission's meeting with its attendance table and two decisions; the minutes also read well
/// when LibreOffice lays them out.
/// </summary>
public sealed class DocxSchemaTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static Task<CommissionDto> DemoCommissionAsync(TestApp app) =>
        app.AsAsync("dean.sitis", async sp => (await sp.GetRequiredService<ISemiAnnualReportAppService>().GetReportableAsync())
            .Single(c => c.State == CommissionState.Active));

    private static async Task<MemoryStream> CopyAsync(Stream s)
    {
        var ms = new MemoryStream();
        await using (s) await s.CopyToAsync(ms);
        return ms;
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GetMinutesAsync_Should_ValidateWithGridInPortrait_When_DemoMeetingWritten(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var c = await DemoCommissionAsync(app);
        var meeting = (await app.AsAsync("dean.sitis", sp => sp.GetRequiredService<IMeetingAppService>().GetListAsync(c.Id))).First();
        foreach (var lang in new[] { MinutesLanguage.Kk, MinutesLanguage.Ru })
        {
            var file = await app.AsAsync("dean.sitis", sp => sp.GetRequiredService<IMeetingAppService>().GetMinutesAsync(meeting.Id, lang));
            using var ms = await CopyAsync(file.Content);
            DocxSchema.Errors(ms).ShouldBeEmpty();
            var (landscape, grids) = DocxSchema.Layout(ms);
            landscape.ShouldBeFalse();
            var attendance = grids.ShouldHaveSingleItem();
            attendance.Length.ShouldBe(4);
            // The full name is wider than the row number.
            attendance[1].ShouldBeGreaterThan(attendance[0]);
            // Opened in LibreOffice: portrait, and the attendance table's words (names, roles) printed whole.
            var pages = await DocxRendering.RenderAsync(ms);
            pages.ShouldAllBe(p => !p.Landscape);
            DocxRendering.BrokenWords(ms, pages).ShouldBeEmpty();
        }
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GetDocumentAsync_Should_ValidateAgainstSchema_When_SemiAnnualReportWritten(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var c = await DemoCommissionAsync(app);
        foreach (var (kind, lang) in new[] { (SemiAnnualKind.Final, MinutesLanguage.Kk), (SemiAnnualKind.Interim, MinutesLanguage.Ru) })
        {
            var file = await app.AsAsync("dean.sitis", sp => sp.GetRequiredService<ISemiAnnualReportAppService>()
                .GetDocumentAsync(new SemiAnnualReportInput { CommissionId = c.Id, AcademicYear = 2025, Kind = kind, Language = lang }));
            using var ms = await CopyAsync(file.Content);
            DocxSchema.Errors(ms).ShouldBeEmpty();
        }
    }
}
