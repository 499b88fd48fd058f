using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.InformationManagement.Collegial;
using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.InformationManagement.Areas.InformationManagement.Pages.Collegial;

/// <summary>Collegial analyses of the units in scope, newest first; a new record; the list to Excel.</summary>
[Authorize(InformationManagementPermissions.Collegial.Default)]
internal sealed class IndexModel(ICollegialAppService collegial, IUnitDirectory units, ICurrentUser user) : QaPageModel, ICollegialForm
{
    [BindProperty] public SaveCollegialAnalysisInput Input { get; set; } = new();

    public IReadOnlyList<CollegialAnalysisDto> Items { get; private set; } = [];
    public IReadOnlyList<OrganizationUnitDto>? Units { get; private set; } = [];
    public bool CanManage { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        Input.HeldOn ??= Clock.Today;
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAndRedirectAsync(async () =>
    {
        var a = await collegial.CreateAsync(Input, ct);
        return RedirectToPage("/Collegial/Details", new { id = a.Id });
    }, () => LoadAsync(ct));

    /// <summary>"Export to Excel" of the analyses with their plan items.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
        new ExcelFileResult<CollegialAnalysisDto>("collegial-analyses", L["Menu:InformationManagement.Collegial"],
            new ExcelColumn<CollegialAnalysisDto>[]
            {
                new(L["InformationManagement:Collegial.HeldOn"], a => a.HeldOn),
                new(L["InformationManagement:Collegial.Body"], a => L.Enum(a.Body)),
                new(L["InformationManagement:Unit"], a => a.UnitName),
                new(L["InformationManagement:Collegial.Subject"], a => a.Subject),
                new(L["InformationManagement:Collegial.Decisions"], a => a.Decisions),
                new(L["InformationManagement:Collegial.PlanKind"], a => L.Enum(a.PlanKind)),
                new(L["InformationManagement:Collegial.Actions"], a => string.Join("\n",
                    a.Actions.Select(x => $"{x.Action} — {x.Responsible}, {x.Deadline:d}"))),
                new(L["InformationManagement:Collegial.Raised"], a => a.Actions.Count(x => x.CapaItemId != null)),
            }, await collegial.GetListAsync(ct)));

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Items = await collegial.GetListAsync(ct);
        Units = await units.InScopeAsync(ct);
        CanManage = await user.HasPermissionAsync(InformationManagementPermissions.Collegial.Manage);
    }
}
