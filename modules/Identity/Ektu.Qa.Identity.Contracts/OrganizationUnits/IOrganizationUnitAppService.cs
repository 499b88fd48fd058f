namespace Ektu.Qa.Identity.OrganizationUnits;

/// <summary>The organisation tree: university → schools → departments.</summary>
public interface IOrganizationUnitAppService
{
    /// <summary>All units in tree order (parents before children).</summary>
    Task<IReadOnlyList<OrganizationUnitDto>> GetTreeAsync(CancellationToken ct = default);

    Task<OrganizationUnitDto> GetAsync(Guid id, CancellationToken ct = default);

    Task<OrganizationUnitDto> CreateAsync(SaveOrganizationUnitInput input, CancellationToken ct = default);

    Task<OrganizationUnitDto> UpdateAsync(Guid id, SaveOrganizationUnitInput input, CancellationToken ct = default);

    Task DeleteAsync(Guid id, int version, CancellationToken ct = default);
}
