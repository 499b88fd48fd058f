using Ektu.Qa.Identity;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Security;

namespace Ektu.Qa.QualityPolicy.Web;

/// <summary>Organisation units for pages: names for display, and the units the caller may pick as an owner.</summary>
internal sealed class UnitDirectory(IIdentityIntegrationService identity, IOrganizationScope scopes)
{
    private IReadOnlyList<OrganizationUnitDto>? _all;

    public async Task<IReadOnlyList<OrganizationUnitDto>> AllAsync(CancellationToken ct) => _all ??= await identity.GetUnitsAsync(ct);

    public async Task<IReadOnlyList<OrganizationUnitDto>> InScopeAsync(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        return (await AllAsync(ct)).Where(u => scope.Contains(u.Id)).ToList();
    }

    public async Task<Dictionary<Guid, string>> NamesAsync(CancellationToken ct) => (await AllAsync(ct)).ToDictionary(u => u.Id, u => u.Name);
}
