using Ektu.Qa.Identity.Security;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ektu.Qa.Identity.Areas.Identity.Pages.Account;

internal sealed class LogoutModel(SessionRepository sessions, AuditContext<IdentityContractsModule> audit) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index", new { area = "" });

    /// <summary>Ends the server-side session as well as the cookie: a copy of the cookie is refused from now on, on every host.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Guid.TryParse(User.FindFirst(QaClaimTypes.SessionId)?.Value, out var session))
        {
            await sessions.EndAsync(session, ct);
            if (Guid.TryParse(User.FindFirst(QaClaimTypes.UserId)?.Value, out var user))
                await audit.WriteAsync("User", user, "LoggedOut", null, ct);
        }
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return RedirectToPage("/Account/Login");
    }
}
