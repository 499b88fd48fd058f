using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Meetings;
using Ektu.Qa.QaCommission.Permissions;
using Ektu.Qa.QaCommission.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.QaCommission.Areas.QaCommission.Pages.Reports;

/// <summary>
/// The semi-annual analytical report on demand: commission, academic year, kind, language → the Word document, the Excel
/// annex, or sending both to the school; the reports sent so far. Officers of a commission may use it without the
/// Reports permission (the app service decides), hence the page asks only for the commissions permission.
/// </summary>
[Authorize(QaCommissionPermissions.Commissions.Default)]
internal sealed class IndexModel(ISemiAnnualReportAppService reports, IUserClock clock) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public SemiAnnualKind Kind { get; set; }
    [BindProperty(SupportsGet = true)] public MinutesLanguage Language { get; set; } = MinutesLanguage.Kk;

    public IReadOnlyList<CommissionDto> Commissions { get; private set; } = [];
    public IReadOnlyList<QaCommissionReportDto> History { get; private set; } = [];
    public int DefaultYear { get; private set; }

    protected override string FieldPrefix => "";

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () => { await LoadAsync(ct); return Page(); });

    public Task<IActionResult> OnGetDocumentAsync(CancellationToken ct) =>
        TryAsync(async () => (await reports.GetDocumentAsync(Input(), ct)).ToActionResult());

    public Task<IActionResult> OnGetAnnexAsync(CancellationToken ct) =>
        TryAsync(async () => (await reports.GetAnnexAsync(Input(), ct)).ToActionResult());

    // The form posts (it carries the antiforgery token for Send, which must not end up in a download's URL).
    public Task<IActionResult> OnPostDocumentAsync(CancellationToken ct) => OnGetDocumentAsync(ct);

    public Task<IActionResult> OnPostAnnexAsync(CancellationToken ct) => OnGetAnnexAsync(ct);

    public Task<IActionResult> OnPostSendAsync(CancellationToken ct) => TryAsync(async () =>
    {
        var sent = await reports.SendAsync(Input(), ct);
        StatusMessage = L["QaCommission:Report.Sent", sent.Recipients].Value;
        return RedirectToPage("/Reports/Index", new { id = sent.CommissionId, year = sent.AcademicYear, kind = sent.Kind, language = sent.Language });
    });

    public string KindName(SemiAnnualKind kind) => L[KindPrefix + kind].Value;

    private const string KindPrefix = "QaCommission:Report.Kind.";

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private SemiAnnualReportInput Input() =>
        new() { CommissionId = Id ?? Guid.Empty, AcademicYear = Year ?? DefaultYearFor(clock.Today), Kind = Kind, Language = Language };

    // The academic year starts on 1 September in the university's zone: 31 August 20:00 UTC is already September in Almaty.
    private static int DefaultYearFor(DateOnly today) => today.Month >= 9 ? today.Year : today.Year - 1;

    private async Task LoadAsync(CancellationToken ct)
    {
        DefaultYear = DefaultYearFor(clock.Today);
        Year ??= DefaultYear;
        Commissions = await reports.GetReportableAsync(ct);
        Id ??= Commissions.FirstOrDefault(c => c.State == CommissionState.Active)?.Id ?? Commissions.FirstOrDefault()?.Id;
        History = Id is { } id && Commissions.Any(c => c.Id == id) ? await reports.GetHistoryAsync(id, ct) : [];
    }
}
