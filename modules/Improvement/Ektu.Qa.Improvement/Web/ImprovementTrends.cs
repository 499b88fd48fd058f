using Ektu.Qa.Improvement.Appeals;
using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.Improvement.Permissions;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.Improvement.Web;

/// <summary>
/// The module's dashboard charts. Each reads through the app service of its list, so it sees exactly the records that
/// list shows the user (unit scope, owned CAPA items); days are the university's (<see cref="ImprovementCalendar"/>). A
/// chart the user has no permission for is null; one without data has no labels.
/// </summary>
internal sealed class ImprovementTrends(
    ICapaAppService capa, IAppealAppService appeals, ICurrentUser user, ImprovementCalendar calendar, IStringLocalizer l)
{
    public const string CapaAgeingId = "capa-ageing";
    public const string AppealsId = "appeals";

    /// <summary>Upper bounds (days, inclusive) of the age bands of open CAPA items; the last band is everything older.</summary>
    private static readonly int[] AgeBands = [30, 60, 90];

    private IReadOnlyList<CapaItemDto>? _openCapa;
    private IReadOnlyList<AppealDto>? _appeals;

    /// <summary>The open CAPA items the caller's list shows, read once per request: the tiles and the ageing chart share them.</summary>
    public async Task<IReadOnlyList<CapaItemDto>> OpenCapaAsync(CancellationToken ct = default) =>
        _openCapa ??= await capa.GetListAsync(new CapaFilter { OpenOnly = true }, ct);

    /// <summary>The appeals the caller's list shows, read once per request: the tiles and the monthly chart share them.</summary>
    public async Task<IReadOnlyList<AppealDto>> AppealsAsync(CancellationToken ct = default) =>
        _appeals ??= await appeals.GetListAsync(new AppealFilter(), ct);

    /// <summary>Open (not closed) CAPA items by days since they were raised: 0–30, 31–60, 61–90, over 90.</summary>
    public async Task<DashboardChart?> CapaAgeingAsync(CancellationToken ct = default)
    {
        if (!await user.HasPermissionAsync(ImprovementPermissions.Capa.Default)) return null;
        var open = await OpenCapaAsync(ct);
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
            l["Improvement:Chart.AgeBand", 0, AgeBands[0]], l["Improvement:Chart.AgeBand", AgeBands[0] + 1, AgeBands[1]],
            l["Improvement:Chart.AgeBand", AgeBands[1] + 1, AgeBands[2]], l["Improvement:Chart.AgeOver", AgeBands[2]],
        ];
        return new DashboardChart(CapaAgeingId, l["Improvement:Chart.CapaAgeing"], DashboardChartKind.Bar, open.Count == 0 ? [] : labels,
            [new DashboardSeries(l["Improvement:Chart.OpenActions"], counts)]);
    }

    /// <summary>Appeals received per month over the last 12 months, stacked by the level they are at now.</summary>
    public async Task<DashboardChart?> AppealsPerMonthAsync(CancellationToken ct = default)
    {
        if (!await user.HasPermissionAsync(ImprovementPermissions.Appeals.Default)) return null;
        var months = DashboardMonths.Ending(calendar.Today);
        var received = (await AppealsAsync(ct))
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
        return new DashboardChart(AppealsId, l["Improvement:Chart.Appeals"], DashboardChartKind.Bar,
            received.Count == 0 ? [] : [.. months.Select(DashboardMonths.Label)], series) { Stacked = true };
    }
}
