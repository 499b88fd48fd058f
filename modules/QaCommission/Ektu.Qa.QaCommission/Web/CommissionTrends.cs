using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Permissions;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.QaCommission.Web;

/// <summary>
/// The commission module's dashboard charts. Each reads through the app service of its list, so it sees exactly the
/// records that list shows the user (unit scope, commissions one sits on); days are the university's
/// (<see cref="QaCommissionCalendar"/>). A chart the user has no permission for is null; one without data has no labels.
/// </summary>
internal sealed class CommissionTrends(
    ICommissionAppService commissions, IDbSession db, ICurrentUser user, QaCommissionCalendar calendar, IStringLocalizer l)
{
    public const string MeetingsId = "meetings";

    /// <summary>Meetings held (held or signed, not only planned) per month over the last 12 months, one line per visible commission.</summary>
    public async Task<DashboardChart?> MeetingCadenceAsync(CancellationToken ct = default)
    {
        if (!await user.HasPermissionAsync(QaCommissionPermissions.Commissions.Default)) return null;
        var today = calendar.Today;
        var months = DashboardMonths.Ending(today);
        var visible = (await commissions.GetListAsync(ct)).OrderBy(c => c.SchoolName, StringComparer.CurrentCulture).ToList();
        // A window in the query: a stored date far outside it (9999-12-31) is never read, let alone counted.
        var held = visible.Count == 0 ? [] : await db.QueryAsync<HeldRow>("""
            SELECT commission_id AS CommissionId, meeting_date AS MeetingDate FROM qc_meetings
            WHERE commission_id IN @ids AND state <> 'Planned' AND meeting_date >= @from AND meeting_date <= @today
            """, new { ids = SqlIds.Text(visible.Select(c => c.Id)), from = months[0], today }, ct);
        var series = visible.Select(c =>
        {
            var counts = new decimal?[months.Count];
            Array.Fill(counts, 0m);
            foreach (var m in held.Where(m => m.CommissionId == c.Id)) counts[DashboardMonths.IndexOf(months, m.MeetingDate)]++;
            return new DashboardSeries(Name(c), counts);
        }).ToList();
        return new DashboardChart(MeetingsId, l["QaCommission:Chart.Meetings"], DashboardChartKind.Line,
            held.Count == 0 ? [] : [.. months.Select(DashboardMonths.Label)], series);
    }

    private string Name(CommissionDto c) => c.State == CommissionState.Active
        ? c.SchoolName : l["QaCommission:Chart.Dissolved", c.SchoolName];

    /// <summary>A meeting that took place: its commission and day.</summary>
    internal sealed class HeldRow
    {
        public Guid CommissionId { get; set; }
        public DateOnly MeetingDate { get; set; }
    }
}
