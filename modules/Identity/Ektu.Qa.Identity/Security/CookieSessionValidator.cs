using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Identity.Security;

/// <summary>
/// Every cookie-authenticated request asks the database whether its session is still live (one indexed read): a cookie
/// copied before sign-out, a password change or a deactivation is refused on every host, not only on the one that saw it.
/// </summary>
internal static class CookieSessionValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var live = principal != null
            && Guid.TryParse(principal.FindFirst(QaClaimTypes.SessionId)?.Value, out var session)
            && Guid.TryParse(principal.FindFirst(QaClaimTypes.UserId)?.Value, out var user)
            && Guid.TryParse(principal.FindFirst(QaClaimTypes.SecurityStamp)?.Value, out var stamp)
            && await context.HttpContext.RequestServices.GetRequiredService<SessionRepository>().IsLiveAsync(
                session, user, stamp, context.HttpContext.RequestServices.GetRequiredService<IClock>().UtcNow, context.HttpContext.RequestAborted);
        if (live) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
