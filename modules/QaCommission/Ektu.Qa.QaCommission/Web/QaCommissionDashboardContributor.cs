using System.Globalization;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Permissions;
using Ektu.Qa.QaCommission.Register;

namespace Ektu.Qa.QaCommission.Web;

/// <summary>
/// Per visible active commission: overdue decisions and whether a meeting is overdue (the commissions list, which has no
/// filter); the module's trend: meeting cadence (<see cref="CommissionTrends"/>).
/// </summary>
internal sealed class QaCommissionDashboardContributor(
    ICommissionAppService commissions, IDecisionRegisterAppService register, ICurrentUser user, CommissionTrends trends) : IDashboardContributor
{
    public async Task<IReadOnlyList<DashboardCard>> GetCardsAsync(CancellationToken ct = default)
    {
        var cards = new List<DashboardCard>();
        if (!await user.HasPermissionAsync(QaCommissionPermissions.Commissions.Default)) return cards;
        var active = (await commissions.GetListAsync(ct)).Where(c => c.State == CommissionState.Active).ToList();
        var overdue = 0;
        var meetingsDue = 0;
        foreach (var c in active)
        {
            var d = await register.GetDashboardAsync(c.Id, ct);
            overdue += d.OverdueDecisions;
            if (d.MeetingOverdue) meetingsDue++;
        }
        cards.Add(new DashboardCard("QaCommission:Dashboard.OverdueDecisions", overdue.ToString(CultureInfo.CurrentCulture), Commissions));
        cards.Add(new DashboardCard("QaCommission:Dashboard.MeetingsDue", meetingsDue.ToString(CultureInfo.CurrentCulture), Commissions));
        return cards;
    }

    public async Task<IReadOnlyList<DashboardChart>> GetChartsAsync(CancellationToken ct = default) =>
        new[] { await trends.MeetingCadenceAsync(ct) }.OfType<DashboardChart>().ToList();

    private static readonly DashboardLink Commissions = new("QaCommission", "/Commissions/Index");
}
