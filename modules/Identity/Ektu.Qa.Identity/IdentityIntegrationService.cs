using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Identity.Users;
using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.Identity;

/// <summary>Reads for other modules; no permission check here — the calling app service has made its own.</summary>
internal sealed class IdentityIntegrationService(IDbSession db, OrganizationUnitRepository units, UserSummaryCache users,
    UnitListCache unitList)
    : IIdentityIntegrationService
{
    public Task<IReadOnlyList<OrganizationUnitDto>> GetUnitsAsync(CancellationToken ct = default) => unitList.GetAsync(db, units, ct);

    public async Task<IReadOnlyList<Guid>> GetSubtreeAsync(Guid unitId, CancellationToken ct = default)
    {
        var unit = await units.FindAsync(unitId, ct);
        if (unit == null) return [];
        return await db.QueryAsync<Guid>($"SELECT id FROM id_organization_units WHERE path LIKE {db.Dialect.Concat("@path", "'%'")}",
            new { path = unit.Path }, ct);
    }

    public async Task<IReadOnlyList<UserSummary>> GetMembersAsync(Guid unitId, CancellationToken ct = default)
    {
        var unit = await units.FindAsync(unitId, ct);
        if (unit == null) return [];
        return await db.QueryAsync<UserSummary>($"""
            SELECT DISTINCT u.id, u.user_name AS UserName, u.full_name AS FullName, u.position, u.email
            FROM id_users u JOIN id_user_roles ur ON ur.user_id = u.id JOIN id_organization_units o ON o.id = ur.unit_id
            JOIN id_roles r ON r.id = ur.role_id
            WHERE u.is_active = 1 AND o.path LIKE {db.Dialect.Concat("@path", "'%'")} AND r.name <> @student
            ORDER BY u.full_name
            """, new { path = unit.Path, student = IdentityConsts.StudentRole }, ct);
    }

    public async Task<IReadOnlyList<UserSummary>> GetUsersAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default) =>
        ids.Count == 0 ? [] : ByFullName(await users.GetAsync(db, ids, ct));

    public async Task<IReadOnlyList<UserSummary>> GetUsersByNameAsync(IReadOnlyCollection<string> userNames, CancellationToken ct = default) =>
        userNames.Count == 0 ? []
            : ByFullName((await users.GetByNameAsync(db, userNames.Select(n => n.Trim().ToLowerInvariant()).ToList(), ct)).Where(u => u.IsActive));

    public async Task<IReadOnlyList<UserSummary>> GetRoleHoldersAsync(Guid unitId, IReadOnlyCollection<string> roleNames,
        CancellationToken ct = default)
    {
        var unit = await units.FindAsync(unitId, ct);
        if (unit == null || roleNames.Count == 0) return [];
        return await db.QueryAsync<UserSummary>($"""
            SELECT DISTINCT u.id, u.user_name AS UserName, u.full_name AS FullName, u.position, u.email
            FROM id_users u JOIN id_user_roles ur ON ur.user_id = u.id JOIN id_roles r ON r.id = ur.role_id
              JOIN id_organization_units o ON o.id = ur.unit_id
            WHERE u.is_active = 1 AND r.name IN @roleNames AND @path LIKE {db.Dialect.Concat("o.path", "'%'")}
            ORDER BY u.full_name
            """, new { path = unit.Path, roleNames = roleNames.ToArray() }, ct);
    }

    private static List<UserSummary> ByFullName(IEnumerable<UserSummaryCache.Entry> entries) =>
        entries.Select(e => e.User).OrderBy(u => u.FullName, StringComparer.CurrentCulture).ThenBy(u => u.Id).ToList();
}
