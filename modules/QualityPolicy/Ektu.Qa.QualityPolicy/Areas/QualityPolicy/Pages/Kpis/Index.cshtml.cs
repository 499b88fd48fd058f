using Ektu.Qa.Kernel.Security;
using Ektu.Qa.QualityPolicy.Kpis;
using Ektu.Qa.QualityPolicy.Permissions;
using Ektu.Qa.QualityPolicy.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ektu.Qa.QualityPolicy.Areas.QualityPolicy.Pages.Kpis;

[Authorize(QualityPolicyPermissions.Kpis.Default)]
internal sealed class IndexModel(IKpiAppService kpis, UnitDirectory units, ICurrentUser user) : PageModel
{
    public IReadOnlyList<StrategicGoalDto> Goals { get; private set; } = [];
    public Dictionary<Guid, string> UnitNames { get; private set; } = [];
    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Goals = await kpis.GetGoalsAsync(ct);
        UnitNames = await units.NamesAsync(ct);
        CanManage = await user.HasPermissionAsync(QualityPolicyPermissions.Kpis.Manage);
    }
}
