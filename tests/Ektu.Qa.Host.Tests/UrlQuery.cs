namespace Ektu.Qa.Host.Tests;

/// <summary>Adds query values to a link taken from a page, whether or not it has a query already (ids are in the route).</summary>
internal static class UrlQuery
{
    public static string With(string url, string query) => url + (url.Contains('?') ? "&" : "?") + query;
}
