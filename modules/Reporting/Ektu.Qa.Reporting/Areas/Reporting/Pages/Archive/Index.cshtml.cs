using Ektu.Qa.Kernel.Web;
using Ektu.Qa.Reporting.Permissions;
using Ektu.Qa.Reporting.Runs;
using Ektu.Qa.Reporting.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Reporting.Areas.Reporting.Pages.Archive;

/// <summary>Archived files the caller may see, with size and checksum; a download re-checks the checksum first.</summary>
[Authorize(ReportingPermissions.Reports.Default)]
internal sealed class IndexModel(IReportAppService reports, ReportingView view) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }

    public IReadOnlyList<ReportRunDto> Files { get; private set; } = [];
    public ReportingView View => view;

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await ReloadAsync();
        return Page();
    });

    public Task<IActionResult> OnGetDownloadAsync(CancellationToken ct) => TryAsync(async () =>
    {
        var file = await reports.DownloadAsync(Id ?? Guid.Empty, ct);
        return file.ToActionResult();
    });

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        await ReloadAsync();
        return new ExcelFileResult<ReportRunDto>("report-archive", L["Menu:Reporting.Archive"],
        [
            new(L["Reporting:Report"], r => L[view.NameKey(r.ReportKey)].Value),
            new(L["Reporting:File"], r => r.FileName),
            new(L["Reporting:Rows"], r => r.RowCount),
            new(L["Reporting:SizeBytes"], r => r.FileSize),
            new(L["Reporting:FinishedAt"], r => r.FinishedAt is { } f ? view.ToLocal(f) : null),
            new(L["Reporting:Owner"], r => r.OwnerName),
            new(L["Reporting:Checksum"], r => r.Checksum),
            new(L["Reporting:Source"], r => r.ScheduleId == null ? L["Reporting:OnDemand"].Value : L["Reporting:BySchedule"].Value),
        ], Files);
    }

    protected override async Task ReloadAsync() =>
        Files = (await reports.GetRunsAsync(1000, HttpContext.RequestAborted)).Where(r => r.Status == RunStatus.Succeeded && r.FileName != null)
            .ToList();
}
