using Ektu.Qa.Kernel.Security;
using Ektu.Qa.QualityPolicy.Permissions;
using Ektu.Qa.QualityPolicy.Standards;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ektu.Qa.QualityPolicy.Areas.QualityPolicy.Pages.Standards;

[Authorize(QualityPolicyPermissions.Standards.Default)]
internal sealed class IndexModel(IStandardAppService standards, ICurrentUser user) : PageModel
{
    public IReadOnlyList<StandardDto> Standards { get; private set; } = [];
    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Standards = await standards.GetListAsync(ct);
        CanManage = await user.HasPermissionAsync(QualityPolicyPermissions.Standards.Manage);
    }
}
