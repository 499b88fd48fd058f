using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ektu.Qa.Host.Pages;

/// <summary>
/// The app's own page for a page request that ended in an error status (re-executed by the status-code pages) or an
/// exception (re-executed by the exception handler, which already set the status). API paths keep problem details.
/// No handler method, so every HTTP method of the failed request renders it; no antiforgery check, since a refused
/// POST is re-executed here with its own (possibly missing) token.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    private static readonly int[] Known = [400, 403, 404, 405, 409, 413, 415, 429, 500];

    /// <summary>The status in the route (/Error/404) when opened directly, else the status the failed request set.</summary>
    public int Status => RouteData.Values["status"] is string text && int.TryParse(text, out var s) && s is >= 400 and < 600 ? s
        : Response.StatusCode is >= 400 and var r ? r : 500;

    /// <summary>The localization key stem of the status: its own text when known, else the text of its class.</summary>
    public string Key => "App:Error." + (Known.Contains(Status) ? Status : Status >= 500 ? 500 : 400);
}
