using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.Reporting.Definitions;
using Ektu.Qa.Reporting.Permissions;
using Ektu.Qa.Reporting.Runs;
using Ektu.Qa.Reporting.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Reporting.Areas.Reporting.Pages;

/// <summary>Runs a report now with typed parameters; field errors come back in the current language.</summary>
[Authorize(ReportingPermissions.Reports.Run)]
internal sealed class RunModel(IReportAppService reports, ReportingView view) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public string? Key { get; set; }
    [BindProperty] public RunReportInput Input { get; set; } = new();

    public ReportDefinitionDto? Report { get; private set; }
    public IReadOnlyList<OrganizationUnitDto> Units { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        if (!await LoadAsync(ct)) return NotFound();
        Input.ReportKey = Report!.Key;
        Input.Format = Report.Formats[0];
        return Page();
    });

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Key = Input.ReportKey;
        if (!await LoadAsync(ct)) return NotFound();
        return await RunAndRedirectAsync(async () =>
        {
            var run = await reports.RunAsync(Input, ct);
            return RedirectToPage("/Runs/Index", new { highlight = run.Id });
        });
    }

    /// <summary>A post refused before its handler (a value that does not parse) is shown again with its report's form.</summary>
    protected override async Task ReloadAsync()
    {
        Key ??= Input.ReportKey;
        if (!await LoadAsync(HttpContext.RequestAborted)) throw new EntityNotFoundException("Report", Key ?? "");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Report = (await reports.GetCatalogueAsync(ct)).FirstOrDefault(r => r.Key == Key);
        if (Report == null) return false;
        Units = await view.UnitsFor(Report.Parameters, ct);
        return true;
    }
}
