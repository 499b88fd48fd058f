namespace Ektu.Qa.Kernel.Web;

/// <summary>One figure on the dashboard, linking to the list behind it.</summary>
public sealed record DashboardCard(string TitleKey, string Value, string Url);
