namespace Ektu.Qa.Kernel.Web;

/// <summary>One line or bar group of a chart: a localized name and one value per label (null where there is none).</summary>
public sealed record DashboardSeries(string Name, IReadOnlyList<decimal?> Values);
