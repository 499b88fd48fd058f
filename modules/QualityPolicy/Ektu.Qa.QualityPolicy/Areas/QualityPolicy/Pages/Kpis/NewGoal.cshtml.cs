using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QualityPolicy.Kpis;
using Ektu.Qa.QualityPolicy.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ektu.Qa.QualityPolicy.Areas.QualityPolicy.Pages.Kpis;

[Authorize(QualityPolicyPermissions.Kpis.Manage)]
internal sealed class NewGoalModel(IKpiAppService kpis, IUnitDirectory units) : QaPageModel
{
    [BindProperty] public SaveStrategicGoalInput Input { get; set; } = new();
    public IReadOnlyList<OrganizationUnitDto> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Units = await units.InScopeAsync(ct);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => kpis.CreateGoalAsync(Input, ct), () => RedirectToPage("/Kpis/Index"),
            async () => Units = await units.InScopeAsync(ct));
}
