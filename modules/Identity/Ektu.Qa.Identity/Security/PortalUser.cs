using System.Security.Claims;
using Ektu.Qa.Identity.Users;
using Ektu.Qa.Kernel.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Identity.Security;

/// <summary>
/// A valid portal token acts as the local user of the same name; an unknown name is provisioned from the token's claims when
/// configured (<see cref="PortalProvisioning"/>), otherwise refused, as is an inactive account.
/// </summary>
internal static class PortalUser
{
    public static async Task MapAsync(TokenValidatedContext ctx, JwtSettings.PortalSettings settings)
    {
        var name = ctx.Principal?.FindFirstValue(settings.UserNameClaim) ?? ctx.Principal?.FindFirstValue("sub");
        var users = ctx.HttpContext.RequestServices.GetRequiredService<UserRepository>();
        var user = name == null ? null : await users.FindByNameAsync(name, ctx.HttpContext.RequestAborted);
        if (user == null && name != null && settings.ProvisionUsers)
        {
            var provisioning = ctx.HttpContext.RequestServices.GetRequiredService<PortalProvisioning>();
            if (await provisioning.ProvisionAsync(ctx.Principal!, name, settings, ctx.HttpContext.RequestAborted))
                user = await users.FindByNameAsync(name, ctx.HttpContext.RequestAborted);
        }
        if (user == null || !user.IsActive)
        {
            ctx.Fail("No active local user for the portal token.");
            return;
        }
        ctx.Principal!.AddIdentity(new ClaimsIdentity([new Claim(QaClaimTypes.UserId, user.Id.ToString())]));
    }
}
