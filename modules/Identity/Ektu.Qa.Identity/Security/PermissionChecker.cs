using System.Security.Claims;
using Ektu.Qa.Kernel.Security;

namespace Ektu.Qa.Identity.Security;

/// <summary>Grants come from the roles a user holds in any unit; a token whose security stamp is stale grants nothing.</summary>
internal sealed class PermissionChecker(GrantCache cache) : IPermissionChecker
{
    public async Task<bool> IsGrantedAsync(ClaimsPrincipal user, string permission)
    {
        if (!Guid.TryParse(user.FindFirstValue(QaClaimTypes.UserId), out var id)) return false;
        var entry = await cache.GetAsync(id);
        var stamp = user.FindFirstValue(QaClaimTypes.SecurityStamp);
        if (stamp != null && stamp != entry.SecurityStamp) return false;
        return entry.Permissions.Contains(permission);
    }
}
