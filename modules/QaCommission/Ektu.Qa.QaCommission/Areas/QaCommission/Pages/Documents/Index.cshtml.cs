using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Documents;
using Ektu.Qa.QaCommission.Meetings;
using Ektu.Qa.QaCommission.Permissions;
using Ektu.Qa.QaCommission.Register;
using Ektu.Qa.QaCommission.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.QaCommission.Areas.QaCommission.Pages.Documents;

/// <summary>
/// The commission's documents per academic year (004 §7.7), filtered by year, kind and title; every row downloads
/// through the owning service's download method. Without an id the first commission the caller sees is shown.
/// </summary>
[Authorize(QaCommissionPermissions.Commissions.Default)]
internal sealed class IndexModel(
    IDocumentArchiveAppService archive, ICommissionAppService commissions, IMeetingAppService meetings, IDecisionRegisterAppService register,
    ISemiAnnualReportAppService reports) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public DocumentKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }

    public IReadOnlyList<CommissionDto> Commissions { get; private set; } = [];
    public DocumentArchiveDto? Archive { get; private set; }

    protected override string FieldPrefix => "";

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () => { await LoadAsync(ct); return Page(); });

    /// <summary>One document, by the download method of its kind (each checks permission and scope itself).</summary>
    public Task<IActionResult> OnGetDownloadAsync(DocumentKind kind, Guid docId, MinutesLanguage? language, bool annex,
        CancellationToken ct) => TryAsync(async () =>
    {
        var f = kind switch
        {
            DocumentKind.Order => await commissions.DownloadOrderAsync(docId, ct),
            DocumentKind.Material => await meetings.DownloadMaterialAsync(docId, ct),
            DocumentKind.Minutes => await meetings.GetMinutesAsync(docId, language ?? MinutesLanguage.Kk, ct),
            DocumentKind.SignedMinutes => await meetings.DownloadSignedScanAsync(docId, ct),
            DocumentKind.ExecutionEvidence => await register.DownloadEvidenceAsync(docId, ct),
            DocumentKind.Report => await reports.DownloadSentAsync(docId, annex, ct),
            _ => null,
        };
        return f == null ? NotFound() : (IActionResult)File(f.Content, f.ContentType, f.FileName);
    });

    /// <summary>"Export to Excel": the documents listed for the same commission and filter.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        return new ExcelFileResult<ArchiveDocumentDto>("qa-commission-documents", L["QaCommission:Documents.Title"],
            new ExcelColumn<ArchiveDocumentDto>[]
        {
            new(L["QaCommission:Documents.AcademicYear"], d => YearOf(d.AcademicYear)),
            new(L["QaCommission:Documents.Kind"], d => KindName(d)),
            new(L["QaCommission:Documents.DocumentTitle"], d => d.Title),
            new(L["QaCommission:Documents.Date"], d => d.Date),
            new(L["QaCommission:Documents.File"], d => d.FileName ?? d.Location),
        }, Archive?.Documents ?? []);
    });

    public static string YearOf(int year) => $"{year}/{year + 1}";

    public string KindName(ArchiveDocumentDto d) => d.Kind == DocumentKind.Report && d.ReportKind is { } k
        ? L.Enum(d.Kind) + " — " + L[ReportKindPrefix + k] + (d.Language is { } lang ? " (" + L.Enum(lang) + ")" : "")
        : L.Enum(d.Kind);

    /// <summary>The Reports page's names of the report kinds.</summary>
    private const string ReportKindPrefix = "QaCommission:Report.Kind.";

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Commissions = await commissions.GetListAsync(ct);
        Id ??= Commissions.FirstOrDefault(c => c.State == CommissionState.Active)?.Id ?? Commissions.FirstOrDefault()?.Id;
        if (Id is { } id) Archive = await archive.GetDocumentsAsync(id, new DocumentFilter { AcademicYear = Year, Kind = Kind, Search = Search }, ct);
    }
}
