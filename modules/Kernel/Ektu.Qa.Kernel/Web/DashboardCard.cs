namespace Ektu.Qa.Kernel.Web;

/// <summary>One figure on the dashboard, linking to the list behind it (filtered where the list can be).</summary>
public sealed record DashboardCard(string TitleKey, string Value, DashboardLink Link);
