using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.ProgrammeMonitoring.Permissions;
using Ektu.Qa.ProgrammeMonitoring.Procedures;
using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.ProgrammeMonitoring.Areas.ProgrammeMonitoring.Pages.Procedures;

/// <summary>The eleven improvement procedures with their owners, cycles and next due days; the office adds an owner's procedure.</summary>
[Authorize(ProgrammeMonitoringPermissions.Programmes.Default)]
internal sealed class IndexModel(IProcedureAppService procedures, ProgrammeUnits units, ICurrentUser user) : QaPageModel
{
    [BindProperty] public SaveProcedureInput Input { get; set; } = new();

    public IReadOnlyList<ProcedureDto> Items { get; private set; } = [];
    public IReadOnlyList<OrganizationUnitDto> Units { get; private set; } = [];
    public bool CanManage { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        Input.FirstDueOn = Clock.Today;
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => procedures.CreateProcedureAsync(Input, ct), () => RedirectToPage("/Procedures/Index"), () => LoadAsync(ct));

    /// <summary>"Export to Excel" of the procedures.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
        new ExcelFileResult<ProcedureDto>("improvement-procedures", L["Menu:ProgrammeMonitoring.Procedures"],
        [
            new(L["ProgrammeMonitoring:Procedures.Number"], p => p.Number),
            new(L["ProgrammeMonitoring:Procedures.Procedure"], p => L[$"ProgrammeMonitoring:Procedure.{p.Number}"].Value),
            new(L["ProgrammeMonitoring:Procedures.Unit"], p => p.UnitName),
            new(L["ProgrammeMonitoring:Procedures.Owner"], p => p.Owner()),
            new(L["ProgrammeMonitoring:Procedures.Cycle"], p => L.Enum(p.Cycle)),
            new(L["ProgrammeMonitoring:Procedures.NextDueOn"], p => p.NextDueOn),
        ], await procedures.GetProceduresAsync(ct)));

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Items = await procedures.GetProceduresAsync(ct);
        CanManage = await user.HasPermissionAsync(ProgrammeMonitoringPermissions.Monitoring.Manage);
        var scope = await units.ScopeAsync(ct);
        Units = (await units.AllAsync(ct)).Values.Where(u => scope.Contains(u.Id)).OrderBy(u => u.Depth).ThenBy(u => u.Name).ToList();
    }
}
