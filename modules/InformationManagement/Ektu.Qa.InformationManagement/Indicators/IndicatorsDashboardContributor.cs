using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;

namespace Ektu.Qa.InformationManagement.Indicators;

/// <summary>The indicators marked for the dashboard, each a line per unit the reader sees over its periods.</summary>
internal sealed class IndicatorsDashboardContributor(IIndicatorAppService indicators, ICurrentUser user) : IDashboardContributor
{
    public Task<IReadOnlyList<DashboardCard>> GetCardsAsync(CancellationToken ct = default) => Task.FromResult<IReadOnlyList<DashboardCard>>([]);

    public async Task<IReadOnlyList<DashboardChart>> GetChartsAsync(CancellationToken ct = default)
    {
        if (!await user.HasPermissionAsync(InformationManagementPermissions.Indicators.Default)) return [];
        var charts = new List<DashboardChart>();
        foreach (var i in (await indicators.GetListAsync(ct)).Where(i => i.OnDashboard).Take(3))
        {
            var details = await indicators.GetAsync(i.Id, ct);
            charts.Add(IndicatorChart.Of(details, "im-indicator-" + i.Code.ToLowerInvariant()));
        }
        return charts;
    }
}
