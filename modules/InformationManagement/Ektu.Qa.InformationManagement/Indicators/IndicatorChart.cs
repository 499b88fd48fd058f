using Ektu.Qa.Kernel.Web;

namespace Ektu.Qa.InformationManagement.Indicators;

/// <summary>An indicator's values as a line chart: the periods along the axis, one line per unit, the threshold as a line.</summary>
internal static class IndicatorChart
{
    public static DashboardChart Of(IndicatorDetailsDto details, string id)
    {
        var i = details.Indicator;
        var periods = details.Values.GroupBy(v => v.Period).OrderBy(g => g.First().PeriodStart).Select(g => g.Key).ToList();
        var series = details.Values.GroupBy(v => v.UnitName).OrderBy(g => g.Key)
            .Select(g => new DashboardSeries(g.Key, periods.Select(p => g.FirstOrDefault(v => v.Period == p)?.Value).ToList()))
            .ToList();
        if (i.Threshold is { } t && periods.Count > 0)
            series.Add(new DashboardSeries($"{"≥≤"[(int)i.Direction]} {t:0.##}", periods.Select(_ => (decimal?)t).ToList()));
        return new DashboardChart(id, $"{i.Name} ({i.Measure})", DashboardChartKind.Line, periods, periods.Count == 0 ? [] : series)
        {
            Unit = i.Measure == "%" ? "%" : "",
        };
    }
}
