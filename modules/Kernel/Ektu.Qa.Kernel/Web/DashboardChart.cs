namespace Ektu.Qa.Kernel.Web;

/// <summary>
/// A chart on the dashboard, already scoped to the user and localized: the title, the labels of the x axis and the series
/// are texts a person reads. No labels means no data: the dashboard shows an empty state instead of an empty chart.
/// The same numbers are shown as a table for screen readers and for people who prefer one.
/// </summary>
public sealed record DashboardChart(
    string Id, string Title, DashboardChartKind Kind, IReadOnlyList<string> Labels, IReadOnlyList<DashboardSeries> Series)
{
    /// <summary>Shown after each value in the table and the tooltips (e.g. "%"); empty for counts.</summary>
    public string Unit { get; init; } = "";

    /// <summary>Bars of the series stacked on each other (parts of one whole per label).</summary>
    public bool Stacked { get; init; }

    public bool IsEmpty => Labels.Count == 0 || Series.Count == 0;
}
