using Ektu.Qa.Identity;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.InformationManagement.Audits;
using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.InformationManagement.Areas.InformationManagement.Pages.Audits;

/// <summary>The annual internal audit plan of the units in scope, auditors no longer independent flagged; a new audit.</summary>
[Authorize(InformationManagementPermissions.Audits.Default)]
internal sealed class IndexModel(IAuditAppService audits, IUnitDirectory units, IIdentityIntegrationService identity, ICurrentUser user)
    : QaPageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty] public SaveAuditInput Input { get; set; } = new();

    public IReadOnlyList<InternalAuditDto> Items { get; private set; } = [];
    public AuditForm Form { get; private set; } = null!;
    public bool CanManage { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        Input.PlanYear = Year ??= Clock.Today.Year;
        await LoadAsync(ct);
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAndRedirectAsync(async () =>
    {
        var a = await audits.CreateAsync(Input, ct);
        return RedirectToPage("/Audits/Details", new { id = a.Id });
    }, () => LoadAsync(ct));

    /// <summary>"Export to Excel" of the year's plan.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
        new ExcelFileResult<InternalAuditDto>("audit-plan", L["Menu:InformationManagement.Audits"], new ExcelColumn<InternalAuditDto>[]
        {
            new(L["InformationManagement:Audits.PlanYear"], a => a.PlanYear),
            new(L["InformationManagement:Audits.Title"], a => a.Title),
            new(L["InformationManagement:Audits.Kind"], a => L.Enum(a.Kind)),
            new(L["InformationManagement:Audits.Unit"], a => a.UnitName),
            new(L["InformationManagement:Audits.StartsOn"], a => a.StartsOn),
            new(L["InformationManagement:Audits.EndsOn"], a => a.EndsOn),
            new(L["InformationManagement:Audits.LeadAuditor"], a => a.LeadAuditorName),
            new(L["InformationManagement:Audits.Team"], a => string.Join(", ", a.TeamNames)),
            new(L["InformationManagement:Audits.State"], a => L.Enum(a.State)),
            new(L["InformationManagement:Audits.Findings"], a => a.Findings),
            new(L["InformationManagement:Audits.DependentAuditors"], a => string.Join(", ", a.DependentAuditors)),
        }, await audits.GetPlanAsync(Year ?? Clock.Today.Year, ct)));

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Year ??= Input.PlanYear > 0 ? Input.PlanYear : Clock.Today.Year;
        Items = await audits.GetPlanAsync(Year, ct);
        CanManage = await user.HasPermissionAsync(InformationManagementPermissions.Audits.Manage);
        Form = new AuditForm
        {
            Input = Input, Units = CanManage ? await units.InScopeAsync(ct) : [],
            Auditors = CanManage ? await AuditForm.AuditorsAsync(identity, ct) : [],
        };
    }
}
