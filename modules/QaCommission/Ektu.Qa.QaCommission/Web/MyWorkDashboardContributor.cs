using System.Globalization;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QaCommission.PeerReview;
using Ektu.Qa.QaCommission.Permissions;
using Ektu.Qa.QaCommission.Register;

namespace Ektu.Qa.QaCommission.Web;

/// <summary>
/// The person's own work, first on the start page: status requests on decisions they execute, lessons they are to observe
/// (appeals waiting at the department level come from Improvement). A head of department sees what is theirs to do rather
/// than only school-wide counts.
/// </summary>
internal sealed class MyWorkDashboardContributor(
    IDecisionRegisterAppService register, IPeerReviewAppService reviews, ICurrentUser user) : IDashboardContributor
{
    // Before Improvement's own-work card (appeals at the department level, -1): the commission's requests lead.
    public int Order => -2;

    public async Task<IReadOnlyList<DashboardCard>> GetCardsAsync(CancellationToken ct = default)
    {
        var cards = new List<DashboardCard>();
        if (await user.HasPermissionAsync(QaCommissionPermissions.Decisions.Respond))
        {
            var open = (await register.GetMyRequestsAsync(ct)).Count(r => r.RespondedAt == null);
            cards.Add(new DashboardCard("QaCommission:Dashboard.MyRequests", Text(open), new DashboardLink(Area, "/Register/Requests")));
        }
        if (await user.HasPermissionAsync(QaCommissionPermissions.PeerReview.Default))
        {
            var me = user.Id ?? Guid.Empty;
            var toObserve = (await reviews.GetMineAsync(ct)).Count(o => o.ObserverUserId == me && o.State == ObservationState.Planned);
            cards.Add(new DashboardCard("QaCommission:Dashboard.MyObservations", Text(toObserve), new DashboardLink(Area, "/PeerReview/Index")));
        }
        return cards;
    }

    private const string Area = "QaCommission";

    private static string Text(int n) => n.ToString(CultureInfo.CurrentCulture);
}
