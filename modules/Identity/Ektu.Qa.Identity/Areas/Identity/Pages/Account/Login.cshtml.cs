using Ektu.Qa.Identity.Security;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Identity.Areas.Identity.Pages.Account;

internal sealed class LoginModel(SignInService signIn, LoginThrottle throttle) : QaPageModel
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    protected override string FieldPrefix => "";

    // Signing in saves nothing: the dashboard needs no confirmation.
    protected override string? SavedMessageKey => null;

    public void OnGet() { }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => TryAsync(async () =>
    {
        // Only attempts count: showing the form is free, so a shared NAT or proxy browsing it never spends the limit.
        throttle.Attempt(HttpContext.Connection.RemoteIpAddress, UserName);
        var principal = await signIn.SignInAsync(UserName, Password, CookieAuthenticationDefaults.AuthenticationScheme, ct);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    });
}
