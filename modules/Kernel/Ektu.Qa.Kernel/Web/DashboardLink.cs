namespace Ektu.Qa.Kernel.Web;

/// <summary>
/// A page a dashboard tile opens, named as <c>asp-page</c> names it (area, page, route and query values), so the host
/// generates the URL: a renamed page or a changed route then breaks the link at once instead of leaving a dead href.
/// </summary>
public sealed record DashboardLink(string Area, string Page, IReadOnlyDictionary<string, string>? Values = null)
{
    /// <summary>The values as <c>asp-all-route-data</c> takes them.</summary>
    public Dictionary<string, string> RouteData() => Values == null ? [] : new(Values, StringComparer.OrdinalIgnoreCase);
}
