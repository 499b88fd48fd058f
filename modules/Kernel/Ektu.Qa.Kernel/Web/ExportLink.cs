using Microsoft.AspNetCore.Http;

namespace Ektu.Qa.Kernel.Web;

/// <summary>The "Export to Excel" link of a list page: the page's own path and filter with <c>handler=Export</c> (no page number).</summary>
public static class ExportLink
{
    public static string Href(HttpRequest request)
    {
        var query = string.Join("&", request.Query.Where(q => q.Key is not ("page" or "handler"))
            .SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? "")}")));
        return $"{request.PathBase}{request.Path}?handler=Export" + (query.Length > 0 ? "&" + query : "");
    }
}
