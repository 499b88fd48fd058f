using Ektu.Qa.Kernel.Security;

namespace Ektu.Qa.Identity.Security;

internal sealed class OrganizationScope(ICurrentUser user, GrantCache cache) : IOrganizationScope
{
    public async Task<UnitScope> GetAsync(CancellationToken ct = default)
    {
        if (user.Id is not { } id) return UnitScope.Nothing;
        var e = await cache.GetAsync(id);
        return e.AllUnits ? UnitScope.Everything : new UnitScope(false, e.Units);
    }
}
