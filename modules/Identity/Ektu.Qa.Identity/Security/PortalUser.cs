using System.Security.Claims;
using Ektu.Qa.Identity.Data;
using Ektu.Qa.Kernel.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Identity.Security;

/// <summary>A valid portal token acts as the local user of the same name; an unknown or inactive name is refused.</summary>
internal static class PortalUser
{
    public static async Task MapAsync(TokenValidatedContext ctx, string userNameClaim)
    {
        var name = ctx.Principal?.FindFirstValue(userNameClaim) ?? ctx.Principal?.FindFirstValue("sub");
        var users = ctx.HttpContext.RequestServices.GetRequiredService<UserRepository>();
        var user = name == null ? null : await users.FindByNameAsync(name, ctx.HttpContext.RequestAborted);
        if (user == null || !user.IsActive)
        {
            ctx.Fail("No active local user for the portal token.");
            return;
        }
        ctx.Principal!.AddIdentity(new ClaimsIdentity([new Claim(QaClaimTypes.UserId, user.Id.ToString())]));
    }
}
