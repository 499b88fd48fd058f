using System.Net;
using System.Text.RegularExpressions;

namespace Ektu.Qa.Host.Tests;

/// <summary>A page fetched as a signed-in user must answer 200 and show no raw localization key.</summary>
internal static partial class HtmlPages
{
    public static async Task<string> GetOkAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        var html = await response.Content.ReadAsStringAsync();
        RawKey().IsMatch(html).ShouldBeFalse($"{url} shows a raw key: {RawKey().Match(html).Value}");
        return html;
    }

    [GeneratedRegex(@"\b(Menu|Permission|QaCommission|Enum):[A-Z][A-Za-z.]+")]
    private static partial Regex RawKey();
}
