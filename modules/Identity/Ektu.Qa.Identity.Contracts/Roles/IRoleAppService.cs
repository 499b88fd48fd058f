namespace Ektu.Qa.Identity.Roles;

/// <summary>Roles and their permission grants.</summary>
public interface IRoleAppService
{
    Task<IReadOnlyList<RoleDto>> GetListAsync(CancellationToken ct = default);

    Task<RoleDto> GetAsync(Guid id, CancellationToken ct = default);

    Task<RoleDto> CreateAsync(SaveRoleInput input, CancellationToken ct = default);

    Task<RoleDto> UpdateAsync(Guid id, SaveRoleInput input, CancellationToken ct = default);

    Task DeleteAsync(Guid id, int version, CancellationToken ct = default);

    Task<RolePermissionsDto> GetPermissionsAsync(Guid roleId, CancellationToken ct = default);

    /// <summary>Replaces the role's grants with <paramref name="granted"/> in one database round trip.</summary>
    Task SetPermissionsAsync(Guid roleId, int version, IReadOnlyCollection<string> granted, CancellationToken ct = default);
}
