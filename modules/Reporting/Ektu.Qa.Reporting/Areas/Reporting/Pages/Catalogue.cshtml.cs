using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.Reporting.Definitions;
using Ektu.Qa.Reporting.Permissions;
using Ektu.Qa.Reporting.Runs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Reporting.Areas.Reporting.Pages;

/// <summary>The reports the caller may run, with their formats and parameters.</summary>
[Authorize(ReportingPermissions.Reports.Default)]
internal sealed class CatalogueModel(IReportAppService reports, ICurrentUser user) : QaPageModel
{
    public IReadOnlyList<ReportDefinitionDto> Reports { get; private set; } = [];
    public bool CanRun { get; private set; }
    public bool CanSchedule { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        Reports = await reports.GetCatalogueAsync(ct);
        CanRun = await user.HasPermissionAsync(ReportingPermissions.Reports.Run);
        CanSchedule = await user.HasPermissionAsync(ReportingPermissions.Schedules.Manage);
        return Page();
    });

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct) =>
        new ExcelFileResult<ReportDefinitionDto>("report-catalogue", L["Menu:Reporting.Catalogue"],
        [
            new(L["Reporting:Report"], r => L[r.NameKey].Value),
            new(L["Reporting:Parameters"], r => string.Join(", ", r.Parameters.Select(p => L[p.LabelKey].Value))),
            new(L["Reporting:Format"], r => string.Join(", ", r.Formats.Select(f => L.Enum(f)))),
        ], await reports.GetCatalogueAsync(ct));
}
