using System.Globalization;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.ProgrammeMonitoring.Effectiveness;
using Ektu.Qa.ProgrammeMonitoring.Permissions;
using Ektu.Qa.ProgrammeMonitoring.Procedures;
using Ektu.Qa.ProgrammeMonitoring.Reviews;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.ProgrammeMonitoring.Web;

/// <summary>
/// Standard 9 on the dashboard: periodic reviews due, procedure runs overdue, and last year's effectiveness assessment as
/// stacked bars (met / at risk / not met) per indicator over the programmes in scope.
/// </summary>
internal sealed class MonitoringDashboardContributor(IProgrammeReviewAppService reviews, IProcedureAppService procedures,
    IEffectivenessAppService effectiveness, ICurrentUser user, IUserClock clock, IStringLocalizer l) : IDashboardContributor
{
    public async Task<IReadOnlyList<DashboardCard>> GetCardsAsync(CancellationToken ct = default)
    {
        if (!await user.HasPermissionAsync(ProgrammeMonitoringPermissions.Programmes.Default)) return [];
        var due = (await reviews.GetSchedulesAsync(ct)).Count(s => s.PeriodicDue);
        var overdue = (await procedures.GetRunsAsync(new RunFilter(OverdueOnly: true), ct)).Count;
        return
        [
            new DashboardCard("ProgrammeMonitoring:Dashboard.ReviewsDue", due.ToString(CultureInfo.CurrentCulture),
                new DashboardLink("ProgrammeMonitoring", "/Reviews/Index")),
            new DashboardCard("ProgrammeMonitoring:Dashboard.ProceduresOverdue", overdue.ToString(CultureInfo.CurrentCulture),
                new DashboardLink("ProgrammeMonitoring", "/Procedures/Runs", new Dictionary<string, string> { ["OverdueOnly"] = "true" })),
        ];
    }

    public async Task<IReadOnlyList<DashboardChart>> GetChartsAsync(CancellationToken ct = default)
    {
        if (!await user.HasPermissionAsync(ProgrammeMonitoringPermissions.Programmes.Default)) return [];
        var year = clock.Today.Year - 1;
        var values = (await effectiveness.GetYearAsync(year, ct)).SelectMany(r => r.Values.Values).ToList();
        var indicators = Enum.GetValues<EffectivenessIndicator>();
        var labels = values.Count == 0 ? [] : indicators.Select(i => l.Enum(i)).ToList();
        var series = Enum.GetValues<IndicatorStatus>().Select(s => new DashboardSeries(l.Enum(s),
            indicators.Select(i => (decimal?)values.Count(v => v.Indicator == i && v.Status == s)).ToList())).ToList();
        return [new DashboardChart("pm-effectiveness", l["ProgrammeMonitoring:Dashboard.Effectiveness", year], DashboardChartKind.Bar, labels,
            series) { Stacked = true }];
    }
}
