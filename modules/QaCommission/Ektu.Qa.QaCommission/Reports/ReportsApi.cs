using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QaCommission.Meetings;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.QaCommission.Reports;

/// <summary>
/// /api/qa-commission/commissions/{id}/reports: the semi-annual report as DOCX or XLSX annex
/// (<c>?year=2025&amp;kind=Interim&amp;language=Kk</c>), sending it, and the list of sent reports;
/// /api/qa-commission/reports/{reportId}/docx|xlsx: a sent report's files as they were sent.
/// </summary>
internal sealed class ReportsApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var r = app.MapFeature("/api/qa-commission/commissions/{id:guid}/reports", "QaCommission");
        r.MapGet("", (ISemiAnnualReportAppService s, Guid id, CancellationToken ct) => s.GetHistoryAsync(id, ct))
            .WithName("QaCommission_ListReports").WithSummary("Lists the semi-annual reports a commission has sent");
        r.MapGet("/semi-annual.docx", async (ISemiAnnualReportAppService s, Guid id, int year, SemiAnnualKind kind, MinutesLanguage? language,
            CancellationToken ct) =>
            (await s.GetDocumentAsync(Input(id, year, kind, language), ct)).ToResult())
            .WithName("QaCommission_GetReportDocument").WithSummary("Builds the semi-annual report as a Word document");
        r.MapGet("/semi-annual.xlsx", async (ISemiAnnualReportAppService s, Guid id, int year, SemiAnnualKind kind, MinutesLanguage? language,
            CancellationToken ct) =>
            (await s.GetAnnexAsync(Input(id, year, kind, language), ct)).ToResult())
            .WithName("QaCommission_GetReportAnnex").WithSummary("Builds the semi-annual report's annex as a spreadsheet");
        app.MapFeature("/api/qa-commission/reports", "QaCommission").MapGet("/{reportId:guid}/{file:regex(^(docx|xlsx)$)}",
                async (ISemiAnnualReportAppService s, Guid reportId, string file, CancellationToken ct) =>
                (await s.DownloadSentAsync(reportId, file == "xlsx", ct)).ToResult())
            .WithName("QaCommission_DownloadSentReport").WithSummary("Downloads a sent report as it was sent (docx or xlsx)");
        r.MapPost("/semi-annual/send", (ISemiAnnualReportAppService s, Guid id, SemiAnnualReportInput input, CancellationToken ct) =>
        {
            input.CommissionId = id;
            return s.SendAsync(input, ct);
        }).WithName("QaCommission_SendReport").WithSummary("Sends the semi-annual report and archives it");
    }

    private static SemiAnnualReportInput Input(Guid id, int year, SemiAnnualKind kind, MinutesLanguage? language) =>
        new() { CommissionId = id, AcademicYear = year, Kind = kind, Language = language ?? MinutesLanguage.Kk };
}
