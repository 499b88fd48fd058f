using Ektu.Qa.Identity;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.QaCommission.Areas.QaCommission.Pages.Commissions;

/// <summary>The commissions of the schools in scope; the dean's office creates one by order.</summary>
[Authorize(QaCommissionPermissions.Commissions.Default)]
internal sealed class IndexModel(ICommissionAppService commissions, IIdentityIntegrationService identity, IOrganizationScope scopes,
    ICurrentUser user) : QaPageModel
{
    [BindProperty] public CreateCommissionInput Input { get; set; } = new();

    public IReadOnlyList<CommissionDto> Items { get; private set; } = [];
    public IReadOnlyList<OrganizationUnitDto> Schools { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () => { await LoadAsync(ct); return Page(); });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAndRedirectAsync(
        async () =>
        {
            var c = await commissions.CreateAsync(Input, ct);
            return RedirectToPage("/Commissions/Details", new { id = c.Id });
        },
        () => LoadAsync(ct));

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Items = await commissions.GetListAsync(ct);
        if (await user.HasPermissionAsync(QaCommissionPermissions.Commissions.Manage))
        {
            var scope = await scopes.GetAsync(ct);
            Schools = (await identity.GetUnitsAsync(ct)).Where(u => u.Kind == OrganizationUnitKind.School && scope.Contains(u.Id)).ToList();
        }
    }

    /// <summary>"Export to Excel": the commissions in the caller's scope, as listed.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
        new ExcelFileResult<CommissionDto>("qa-commissions", L["Menu:QaCommission.Commissions"], new ExcelColumn<CommissionDto>[]
        {
            new(L["QaCommission:School"], c => c.SchoolName),
            new(L["QaCommission:Order"], c => c.OrderNumber),
            new(L["QaCommission:Report.Col.Date"], c => c.OrderDate),
            new(L["QaCommission:State"], c => L.Enum(c.State)),
            new(L["QaCommission:Export.DissolutionOrder"], c => c.DissolutionOrderNumber),
            new(L["QaCommission:Export.DissolvedOn"], c => c.DissolutionOrderDate),
        }, await commissions.GetListAsync(ct)));
}
