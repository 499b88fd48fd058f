using System.Globalization;
using Ektu.Qa.Improvement.Appeals;
using Ektu.Qa.Improvement.Permissions;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;

namespace Ektu.Qa.Improvement.Web;

/// <summary>
/// Open and overdue CAPA items, open and overdue appeals, in the caller's scope; the trends: CAPA ageing and appeals per
/// month (<see cref="ImprovementTrends"/>, which reads each list once for the tiles and the charts).
/// </summary>
internal sealed class ImprovementDashboardContributor(ICurrentUser user, ImprovementTrends trends)
    : IDashboardContributor
{
    public async Task<IReadOnlyList<DashboardCard>> GetCardsAsync(CancellationToken ct = default)
    {
        var cards = new List<DashboardCard>();
        if (await user.HasPermissionAsync(ImprovementPermissions.Capa.Default))
        {
            var open = await trends.OpenCapaAsync(ct);
            cards.Add(new DashboardCard("Improvement:Dashboard.OpenCapa", Text(open.Count), Link("/Capa/Index", "OpenOnly")));
            var overdue = open.Count(i => i.IsOverdue);
            cards.Add(new DashboardCard("Improvement:Dashboard.OverdueCapa", Text(overdue), Link("/Capa/Index", "OverdueOnly")));
        }
        if (await user.HasPermissionAsync(ImprovementPermissions.Appeals.Default))
        {
            var list = await trends.AppealsAsync(ct);
            var unresolved = list.Count(a => a.State != AppealState.Resolved);
            cards.Add(new DashboardCard("Improvement:Dashboard.OpenAppeals", Text(unresolved), Link("/Appeals/Index")));
            var overdue = list.Count(a => a.IsOverdue);
            cards.Add(new DashboardCard("Improvement:Dashboard.OverdueAppeals", Text(overdue), Link("/Appeals/Index", "OverdueOnly")));
        }
        return cards;
    }

    public async Task<IReadOnlyList<DashboardChart>> GetChartsAsync(CancellationToken ct = default) =>
        new[] { await trends.CapaAgeingAsync(ct), await trends.AppealsPerMonthAsync(ct) }.OfType<DashboardChart>().ToList();

    private static string Text(int n) => n.ToString(CultureInfo.CurrentCulture);

    /// <summary>
    /// The list behind a tile with its filter switched on: both lists take <c>OverdueOnly</c> and the CAPA list <c>OpenOnly</c>;
    /// the appeals list has no "not resolved" filter, so its open tile opens the whole list.
    /// </summary>
    private static DashboardLink Link(string page, string? filter = null) =>
        new("Improvement", page, filter == null ? null : new Dictionary<string, string> { [filter] = "true" });
}
