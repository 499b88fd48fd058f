using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Identity.Security;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.Identity.Roles;

internal sealed class RoleAppService(IDbSession db, RoleRepository roles, AuditContext<IdentityContractsModule> audit, ICurrentUser user,
    IClock clock,
    PermissionDefinitionManager definitions, GrantCache grants)
    : IRoleAppService
{
    public async Task<IReadOnlyList<RoleDto>> GetListAsync(CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.Roles.Default);
        var counts = await roles.CountPermissionsAsync(ct);
        return (await roles.GetAllAsync(ct)).Select(r => r.ToDto(counts.GetValueOrDefault(r.Id))).ToList();
    }

    public async Task<RoleDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.Roles.Default);
        var r = await Load(id, ct);
        return r.ToDto((await roles.GetPermissionsAsync(id, ct)).Count);
    }

    public async Task<RoleDto> CreateAsync(SaveRoleInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.Roles.Manage);
        var r = new Role { Id = Guid.NewGuid() };
        await ApplyAsync(r, input, ct);
        r.StampCreated(clock.UtcNow, user.UserName ?? "system");
        await roles.InsertAsync(r, ct);
        await audit.WriteAsync("Role", r.Id, "Created", AuditChanges.Between(null, r.ToDto(0)), ct);
        return r.ToDto(0);
    }

    public async Task<RoleDto> UpdateAsync(Guid id, SaveRoleInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.Roles.Manage);
        var r = await Load(id, ct);
        if (r.IsStatic && input.Name.Trim() != r.Name) throw new QaException(IdentityErrorCodes.StaticRole);
        var before = r.ToDto(0);
        await ApplyAsync(r, input, ct);
        r.StampUpdated(clock.UtcNow, user.UserName ?? "system");
        await roles.UpdateAsync(r, input.Version, ct);
        await audit.WriteAsync("Role", r.Id, "Updated", AuditChanges.Between(before, r.ToDto(0)), ct);
        return r.ToDto((await roles.GetPermissionsAsync(id, ct)).Count);
    }

    public async Task DeleteAsync(Guid id, int version, CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.Roles.Manage);
        var r = await Load(id, ct);
        if (r.IsStatic) throw new QaException(IdentityErrorCodes.StaticRole);
        await roles.DeleteAsync(id, version, ct);
        await audit.WriteAsync("Role", id, "Deleted", AuditChanges.Between(r.ToDto(0), null), ct);
        grants.Invalidate(db);
    }

    public async Task<RolePermissionsDto> GetPermissionsAsync(Guid roleId, CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.Roles.Default);
        var r = await Load(roleId, ct);
        return new RolePermissionsDto(r.Id, r.Name, r.Version, await roles.GetPermissionsAsync(roleId, ct));
    }

    public async Task SetPermissionsAsync(Guid roleId, int version, IReadOnlyCollection<string> granted, CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.Roles.ManagePermissions);
        var r = await Load(roleId, ct);
        var unknown = granted.FirstOrDefault(p => !definitions.IsDefined(p));
        if (unknown != null) throw ValidationException.For("Permissions", IdentityErrorCodes.UnknownPermission);
        var before = await roles.GetPermissionsAsync(roleId, ct);
        var after = granted.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        await roles.ReplacePermissionsAsync(roleId, version, after, clock.UtcNow, user.UserName ?? "system", ct);
        var added = after.Except(before).ToList();
        var removed = before.Except(after).ToList();
        await audit.WriteAsync("Role", r.Id, "PermissionsChanged",
        [
            new AuditChange("Granted", null, added.Count == 0 ? null : string.Join(", ", added)),
            new AuditChange("Revoked", removed.Count == 0 ? null : string.Join(", ", removed), null),
        ], ct);
        grants.Invalidate(db);
    }

    private async Task<Role> Load(Guid id, CancellationToken ct) => await roles.FindAsync(id, ct) ?? throw new EntityNotFoundException("Role", id);

    private async Task ApplyAsync(Role r, SaveRoleInput input, CancellationToken ct)
    {
        var name = (input.Name ?? "").Trim();
        var existing = name.Length == 0 ? null : await roles.FindByNameAsync(name, ct);
        new Check()
            .Required(nameof(input.Name), name, IdentityConsts.RoleNameMax)
            .Optional(nameof(input.Description), input.Description, 500)
            .That(existing == null || existing.Id == r.Id, nameof(input.Name), IdentityErrorCodes.RoleNameTaken)
            .ThrowIfAny();
        r.Name = name;
        r.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
    }
}
