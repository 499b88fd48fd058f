using System.Globalization;
using Ektu.Qa.Improvement.Appeals;
using Ektu.Qa.Improvement.Permissions;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;

namespace Ektu.Qa.Improvement.Web;

/// <summary>The person's own work, first on the start page: appeals waiting at the department level of their units.</summary>
internal sealed class MyAppealsDashboardContributor(IAppealAppService appeals, ICurrentUser user) : IDashboardContributor
{
    public int Order => -1;

    public async Task<IReadOnlyList<DashboardCard>> GetCardsAsync(CancellationToken ct = default)
    {
        if (!await user.HasPermissionAsync(ImprovementPermissions.Appeals.Handle)) return [];
        var atDepartment = await appeals.GetListAsync(new AppealFilter { Level = AppealLevel.Department }, ct);
        var waiting = atDepartment.Count(a => a.State != AppealState.Resolved);
        return [new DashboardCard("Improvement:Dashboard.DepartmentAppeals", waiting.ToString(CultureInfo.CurrentCulture),
            new DashboardLink("Improvement", "/Appeals/Index"))];
    }
}
