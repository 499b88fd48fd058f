using System.Globalization;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QaCommission.Appeals;
using Ektu.Qa.QaCommission.Permissions;

namespace Ektu.Qa.QaCommission.Capa;

/// <summary>Open and overdue CAPA items, open and overdue appeals, in the caller's scope.</summary>
internal sealed class CapaDashboardContributor(ICapaAppService capa, IAppealAppService appeals, ICurrentUser user) : IDashboardContributor
{
    public async Task<IReadOnlyList<DashboardCard>> GetCardsAsync(CancellationToken ct = default)
    {
        var cards = new List<DashboardCard>();
        if (await user.HasPermissionAsync(QaCommissionPermissions.Capa.Default))
        {
            var open = await capa.GetListAsync(new CapaFilter { OpenOnly = true }, ct);
            cards.Add(new DashboardCard("QaCommission:Dashboard.OpenCapa", open.Count.ToString(CultureInfo.CurrentCulture), Link("/Capa/Index")));
            cards.Add(new DashboardCard("QaCommission:Dashboard.OverdueCapa", open.Count(i => i.IsOverdue).ToString(CultureInfo.CurrentCulture), Link("/Capa/Index", overdueOnly: true)));
        }
        if (await user.HasPermissionAsync(QaCommissionPermissions.Appeals.Default))
        {
            var list = await appeals.GetListAsync(new AppealFilter(), ct);
            cards.Add(new DashboardCard("QaCommission:Dashboard.OpenAppeals", list.Count(a => a.State != AppealState.Resolved).ToString(CultureInfo.CurrentCulture), Link("/Appeals/Index")));
            cards.Add(new DashboardCard("QaCommission:Dashboard.OverdueAppeals", list.Count(a => a.IsOverdue).ToString(CultureInfo.CurrentCulture), Link("/Appeals/Index", overdueOnly: true)));
        }
        return cards;
    }

    /// <summary>Both lists take <c>OverdueOnly</c>; neither filters open items, so the "open" tiles open the whole list.</summary>
    private static DashboardLink Link(string page, bool overdueOnly = false) =>
        new("QaCommission", page, overdueOnly ? new Dictionary<string, string> { ["OverdueOnly"] = "true" } : null);
}
