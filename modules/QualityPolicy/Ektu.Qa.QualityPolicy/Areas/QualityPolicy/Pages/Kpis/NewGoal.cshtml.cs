using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QualityPolicy.Kpis;
using Ektu.Qa.QualityPolicy.Permissions;
using Ektu.Qa.QualityPolicy.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ektu.Qa.QualityPolicy.Areas.QualityPolicy.Pages.Kpis;

[Authorize(QualityPolicyPermissions.Kpis.Manage)]
internal sealed class NewGoalModel(IKpiAppService kpis, UnitDirectory units) : QaPageModel
{
    [BindProperty] public SaveStrategicGoalInput Input { get; set; } = new();
    public IReadOnlyList<OrganizationUnitDto> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Units = await units.InScopeAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // The app service validates and reports localized field errors; MVC's implicit (English) ones would duplicate them.
        ModelState.Clear();
        var result = await TryAsync(async () =>
        {
            await kpis.CreateGoalAsync(Input, ct);
            return RedirectToPage("/Kpis/Index");
        });
        if (result is PageResult) Units = await units.InScopeAsync(ct);
        return result;
    }
}
