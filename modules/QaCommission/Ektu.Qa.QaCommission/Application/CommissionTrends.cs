using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QaCommission.Appeals;
using Ektu.Qa.QaCommission.Capa;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Permissions;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.QaCommission.Application;

/// <summary>
/// The commission module's dashboard charts. Each reads through the app service of its list, so it sees exactly the
/// records that list shows the user (unit scope, owned CAPA items, commissions one sits on); days are the university's
/// (<see cref="QcCalendar"/>). A chart the user has no permission for is null; one without data has no labels.
/// </summary>
internal sealed class CommissionTrends(
    ICapaAppService capa, IAppealAppService appeals, ICommissionAppService commissions, IDbSession db, ICurrentUser user, QcCalendar calendar,
    IStringLocalizer l)
{
    public const string CapaAgeingId = "capa-ageing";
    public const string AppealsId = "appeals";
    public const string MeetingsId = "meetings";

    /// <summary>Upper bounds (days, inclusive) of the age bands of open CAPA items; the last band is everything older.</summary>
    private static readonly int[] AgeBands = [30, 60, 90];

    /// <summary>Open (not closed) CAPA items by days since they were raised: 0–30, 31–60, 61–90, over 90.</summary>
    public async Task<DashboardChart?> CapaAgeingAsync(CancellationToken ct = default)
    {
        if (!await user.HasPermissionAsync(QaCommissionPermissions.Capa.Default)) return null;
        var open = await capa.GetListAsync(new CapaFilter { OpenOnly = true }, ct);
        var today = calendar.Today;
        var counts = new decimal?[AgeBands.Length + 1];
        Array.Fill(counts, 0m);
        foreach (var item in open)
        {
            var age = today.DayNumber - calendar.ToLocalDate(item.CreatedAt).DayNumber;
            var band = Array.FindIndex(AgeBands, max => age <= max);
            counts[band < 0 ? AgeBands.Length : band]++;
        }
        string[] labels =
        [
            l["QaCommission:Chart.AgeBand", 0, AgeBands[0]], l["QaCommission:Chart.AgeBand", AgeBands[0] + 1, AgeBands[1]],
            l["QaCommission:Chart.AgeBand", AgeBands[1] + 1, AgeBands[2]], l["QaCommission:Chart.AgeOver", AgeBands[2]],
        ];
        return new DashboardChart(CapaAgeingId, l["QaCommission:Chart.CapaAgeing"], DashboardChartKind.Bar, open.Count == 0 ? [] : labels,
            [new DashboardSeries(l["QaCommission:Chart.OpenActions"], counts)]);
    }

    /// <summary>Appeals received per month over the last 12 months, stacked by the level they are at now.</summary>
    public async Task<DashboardChart?> AppealsPerMonthAsync(CancellationToken ct = default)
    {
        if (!await user.HasPermissionAsync(QaCommissionPermissions.Appeals.Default)) return null;
        var months = DashboardMonths.Ending(calendar.Today);
        var received = (await appeals.GetListAsync(new AppealFilter(), ct))
            .Select(a => (a.Level, Month: DashboardMonths.IndexOf(months, a.ReceivedOn)))
            .Where(a => a.Month >= 0)
            .ToList();
        var series = Enum.GetValues<AppealLevel>().Select(level =>
        {
            var counts = new decimal?[months.Count];
            Array.Fill(counts, 0m);
            foreach (var a in received.Where(a => a.Level == level)) counts[a.Month]++;
            return new DashboardSeries(l["Enum:AppealLevel." + level], counts);
        }).ToList();
        return new DashboardChart(AppealsId, l["QaCommission:Chart.Appeals"], DashboardChartKind.Bar,
            received.Count == 0 ? [] : [.. months.Select(DashboardMonths.Label)], series) { Stacked = true };
    }

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
