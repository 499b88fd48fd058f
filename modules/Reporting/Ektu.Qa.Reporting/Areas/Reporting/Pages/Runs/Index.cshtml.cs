using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.Reporting.Permissions;
using Ektu.Qa.Reporting.Runs;
using Ektu.Qa.Reporting.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ektu.Qa.Reporting.Areas.Reporting.Pages.Runs;

/// <summary>
/// Run history (own runs; every run with Reporting.Archive): status, progress, duration, retry of a failed run. While a
/// run is queued or running the table body polls a small partial (htmx) and stops once all are finished.
/// </summary>
[Authorize(ReportingPermissions.Reports.Default)]
internal sealed class IndexModel(IReportAppService reports, ICurrentUser user, ReportingView view) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Highlight { get; set; }
    [BindProperty] public Guid RetryId { get; set; }

    public RunRowsModel? Rows { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        return Page();
    });

    /// <summary>The table body alone, for the htmx poll.</summary>
    public Task<IActionResult> OnGetRowsAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        return Partial("_RunRows", Rows!);
    });

    public async Task<IActionResult> OnPostRetryAsync(CancellationToken ct)
    {
        var result = await TryAsync(async () =>
        {
            await reports.RetryAsync(RetryId, ct);
            return RedirectToPage("/Runs/Index", new { highlight = RetryId });
        });
        if (result is PageResult) await LoadAsync(ct);
        return result;
    }

    /// <summary>The runs the page lists (own runs, or every run with Reporting.Archive), up to the service's 1,000 latest.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct) =>
        new ExcelFileResult<ReportRunDto>("report-runs", L["Menu:Reporting.Runs"],
        [
            new(L["Reporting:Report"], r => L[view.NameKey(r.ReportKey)].Value),
            new(L["Reporting:Source"], r => r.ScheduleId == null ? L["Reporting:OnDemand"].Value : L["Reporting:BySchedule"].Value),
            new(L["Reporting:Status"], r => L.Enum(r.Status)),
            new(L["Reporting:Rows"], r => r.RowCount),
            new(L["Reporting:Duration"], r => r.DurationMs is { } ms ? Math.Round(ms / 1000.0, 1) : null),
            new(L["Reporting:Owner"], r => r.OwnerName),
            new(L["Reporting:CreatedAt"], r => view.ToLocal(r.ScheduledFor ?? r.CreatedAt)),
            new(L["Reporting:Format"], r => L.Enum(r.Format)),
        ], await reports.GetRunsAsync(1000, ct));

    private async Task LoadAsync(CancellationToken ct) => Rows = new RunRowsModel
    {
        Runs = await reports.GetRunsAsync(200, ct),
        View = view,
        CanRun = await user.HasPermissionAsync(ReportingPermissions.Reports.Run),
        Highlight = Highlight,
    };
}
