using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.Identity.OrganizationUnits;

/// <summary>
/// All organisation units as other modules read them (<see cref="IIdentityIntegrationService.GetUnitsAsync"/>): every inbox
/// page names its tasks' units, and units change only through <see cref="OrganizationUnitRepository"/>, which drops this.
/// </summary>
internal sealed class UnitListCache(CacheVersions versions)
{
    private readonly CachedValue<IReadOnlyList<OrganizationUnitDto>> _all = new(versions, "Identity.Units");

    public void Invalidate(IDbSession session) => _all.Invalidate(session);

    public Task<IReadOnlyList<OrganizationUnitDto>> GetAsync(IDbSession db, OrganizationUnitRepository units, CancellationToken ct) =>
        _all.GetAsync(db, async () => (IReadOnlyList<OrganizationUnitDto>)(await units.GetAllAsync(ct)).Select(u => u.ToDto()).ToList(), ct);
}
