using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QualityPolicy.Kpis;
using Ektu.Qa.QualityPolicy.Permissions;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.QualityPolicy.Web;

/// <summary>
/// The quality policy's dashboard charts, each scoped as its list is and dated in the university's zone: acknowledgement
/// completion per month (the documents the overdue-acknowledgements list would show) and the KPIs of the current year.
/// A chart the user has no permission for is null; one without data has no labels.
/// </summary>
internal sealed class PolicyTrends(
    IDbSession db, ICurrentUser user, IOrganizationScope scopes, IUserClock clock, IKpiAppService kpis, IStringLocalizer l)
{
    public const string AcknowledgementsId = "acknowledgements";
    public const string KpisId = "kpis";

    /// <summary>
    /// Per month of the due day, the last 12 months: the share of acknowledgements made by the end of their due day
    /// (Almaty's day, not UTC's) among those whose due day has passed or that are already made. Null in a month with none.
    /// </summary>
    public async Task<DashboardChart?> AcknowledgementCompletionAsync(CancellationToken ct = default)
    {
        if (!await user.HasPermissionAsync(QualityPolicyPermissions.Acknowledgements.Default)) return null;
        var scope = await scopes.GetAsync(ct);
        var today = clock.Today;
        var months = DashboardMonths.Ending(today);
        var where = scope.All ? "" : " AND (d.owner_unit_id IN @Units OR d.scope_unit_id IN @Units)";
        var rows = await db.QueryAsync<DueRow>($"""
            SELECT a.due_on AS DueOn, a.acknowledged_at AS AcknowledgedAt
            FROM qp_acknowledgements a JOIN qp_documents d ON d.id = a.document_id
            WHERE a.due_on >= @from AND a.due_on <= @today AND (a.due_on < @today OR a.acknowledged_at IS NOT NULL){where}
            """, new { from = months[0], today, Units = scope.ForSql() }, ct);
        var due = new int[months.Count];
        var onTime = new int[months.Count];
        foreach (var r in rows)
        {
            var i = DashboardMonths.IndexOf(months, r.DueOn);
            if (i < 0) continue;
            due[i]++;
            if (r.AcknowledgedAt is { } at && DateOnly.FromDateTime(clock.Local(at)) <= r.DueOn) onTime[i]++;
        }
        var values = due.Select((n, i) => n == 0 ? (decimal?)null : Math.Round(100m * onTime[i] / n, 1)).ToList();
        return new DashboardChart(AcknowledgementsId, l["QualityPolicy:Chart.Acknowledgements"], DashboardChartKind.Line,
            due.Sum() == 0 ? [] : [.. months.Select(DashboardMonths.Label)],
            [new DashboardSeries(l["QualityPolicy:Chart.OnTimeShare"], values)]) { Unit = "%" };
    }

    /// <summary>Target and latest actual of each indicator in the current year (the strategy is read university-wide).</summary>
    public async Task<DashboardChart?> KpiActualVsTargetAsync(CancellationToken ct = default)
    {
        if (!await user.HasPermissionAsync(QualityPolicyPermissions.Kpis.Default)) return null;
        var year = clock.Today.Year;
        var indicators = (await kpis.GetGoalsAsync(ct))
            .SelectMany(g => g.Indicators.Select(i => (i.Name, Year: i.Years.FirstOrDefault(y => y.Year == year))))
            .Where(x => x.Year is { } y && (y.Target != null || y.Actual != null))
            .ToList();
        return new DashboardChart(KpisId, l["QualityPolicy:Chart.Kpis", year], DashboardChartKind.Bar,
            [.. indicators.Select(x => x.Name)],
            [
                new DashboardSeries(l["QualityPolicy:Target"], [.. indicators.Select(x => x.Year!.Target)]),
                new DashboardSeries(l["QualityPolicy:Actual"], [.. indicators.Select(x => x.Year!.Actual)]),
            ]);
    }

    /// <summary>An acknowledgement's due day and when it was made (UTC).</summary>
    internal sealed class DueRow
    {
        public DateOnly DueOn { get; set; }
        public DateTime? AcknowledgedAt { get; set; }
    }
}
