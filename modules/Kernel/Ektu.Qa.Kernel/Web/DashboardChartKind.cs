namespace Ektu.Qa.Kernel.Web;

/// <summary>How a dashboard chart is drawn: a trend over periods (line) or amounts side by side (bar).</summary>
public enum DashboardChartKind
{
    Line,
    Bar,
}
