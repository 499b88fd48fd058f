using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Identity.Roles;
using Ektu.Qa.Identity.Security;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Paging;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Microsoft.AspNetCore.Identity;

namespace Ektu.Qa.Identity.Users;

internal sealed class UserAppService(
    IDbSession db, UserRepository users, AuditContext<IdentityContractsModule> audit, ICurrentUser user, IClock clock, IPasswordHasher<User> hasher,
        GrantCache grants)
        : IUserAppService
{
    public async Task<PagedResult<UserDto>> GetListAsync(UserListInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.Users.Default);
        var (page, size, offset) = PagedResult<UserDto>.Normalize(input.Page, input.PageSize);
        var where = string.IsNullOrWhiteSpace(input.Search) ? "" :
            $"WHERE {db.Dialect.ContainsIgnoreCase("user_name", "@s")} OR {db.Dialect.ContainsIgnoreCase("full_name", "@s")} OR " +
                $"{db.Dialect.ContainsIgnoreCase("email", "@s")}";
        var args = new { s = input.Search?.Trim(), size, offset };
        var total = await db.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM id_users {where}", args, ct);
        var rows = await db.QueryAsync<User>($"SELECT {UserRepository.Columns} FROM id_users {where} ORDER BY user_name LIMIT @size OFFSET @offset",
            args, ct);
        var now = clock.UtcNow;
        return new PagedResult<UserDto>(rows.Select(u => u.ToDto(now)).ToList(), (int)total, page, size);
    }

    public async Task<UserDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.Users.Default);
        return (await Load(id, ct)).ToDto(clock.UtcNow);
    }

    public async Task<UserDto> CreateAsync(SaveUserInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.Users.Manage);
        var u = new User { Id = Guid.NewGuid(), SecurityStamp = Guid.NewGuid() };
        await ApplyAsync(u, input, passwordRequired: true, ct);
        u.StampCreated(clock.UtcNow, user.UserName ?? "system");
        await users.InsertAsync(u, ct);
        await audit.WriteAsync("User", u.Id, "Created", AuditChanges.Between(null, u.ToDto(clock.UtcNow)), ct);
        return u.ToDto(clock.UtcNow);
    }

    public async Task<UserDto> UpdateAsync(Guid id, SaveUserInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.Users.Manage);
        var u = await Load(id, ct);
        var before = u.ToDto(clock.UtcNow);
        var oldHash = u.PasswordHash;
        await ApplyAsync(u, input, passwordRequired: false, ct);
        u.StampUpdated(clock.UtcNow, user.UserName ?? "system");
        await users.UpdateAsync(u, input.Version, ct);
        var changes = AuditChanges.Between(before, u.ToDto(clock.UtcNow)).ToList();
        if (oldHash != u.PasswordHash) changes.Add(new AuditChange("Password", null, "(changed)"));
        await audit.WriteAsync("User", u.Id, "Updated", changes, ct);
        grants.Invalidate(db);
        return u.ToDto(clock.UtcNow);
    }

    public async Task UnlockAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.Users.Manage);
        var u = await Load(id, ct);
        u.AccessFailedCount = 0;
        u.LockoutEnd = null;
        await users.UpdateSignInStateAsync(u, ct);
        await audit.WriteAsync("User", u.Id, "Unlocked", null, ct);
    }

    public async Task<IReadOnlyList<UserRoleAssignmentDto>> GetAssignmentsAsync(Guid userId, CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.Users.Default);
        await Load(userId, ct);
        return await db.QueryAsync<UserRoleAssignmentDto>("""
            SELECT ur.id, ur.user_id AS UserId, ur.role_id AS RoleId, r.name AS RoleName, ur.unit_id AS UnitId, u.code AS UnitCode,
                   u.name_kk AS UnitNameKk, u.name_ru AS UnitNameRu, u.name_en AS UnitNameEn
            FROM id_user_roles ur JOIN id_roles r ON r.id = ur.role_id JOIN id_organization_units u ON u.id = ur.unit_id
            WHERE ur.user_id = @userId ORDER BY r.name, u.path
            """, new { userId }, ct);
    }

    public async Task<UserRoleAssignmentDto> AssignAsync(Guid userId, Guid roleId, Guid unitId, CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.Users.Manage);
        await Load(userId, ct);
        var check = new Check()
            .That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM id_roles WHERE id = @roleId", new { roleId }, ct) == 1, "RoleId",
                ErrorCodes.InvalidValue)
            .That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM id_organization_units WHERE id = @unitId", new { unitId }, ct) == 1,
                "UnitId", ErrorCodes.InvalidValue);
        check.ThrowIfAny();
        var id = Guid.NewGuid();
        await db.ExecuteAsync(db.Dialect.InsertIgnore("id_user_roles", "id, user_id, role_id, unit_id, created_at, created_by",
            "@id, @userId, @roleId, @unitId, @at, @by"),
            new { id, userId, roleId, unitId, at = clock.UtcNow, by = user.UserName ?? "system" }, ct);
        var assignment = (await GetAssignmentsAsync(userId, ct)).Single(a => a.RoleId == roleId && a.UnitId == unitId);
        await audit.WriteAsync("User", userId, "RoleAssigned",
            [new AuditChange("Role", null, assignment.RoleName, LocalizerExtensions.RolePrefix), new AuditChange("Unit", null, assignment.UnitCode)],
                ct, unitId: unitId);
        grants.Invalidate(db);
        return assignment;
    }

    public async Task UnassignAsync(Guid assignmentId, CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.Users.Manage);
        var a = await db.QuerySingleOrDefaultAsync<(Guid UserId, string Role, string Unit, Guid UnitId)>("""
            SELECT ur.user_id, r.name, u.code,
            ur.unit_id FROM id_user_roles ur JOIN id_roles r ON r.id = ur.role_id JOIN id_organization_units u ON u.id = ur.unit_id
            WHERE ur.id = @assignmentId
            """, new { assignmentId }, ct);
        if (a.UserId == Guid.Empty) throw new EntityNotFoundException("UserRole", assignmentId);
        await db.ExecuteAsync("DELETE FROM id_user_roles WHERE id = @assignmentId", new { assignmentId }, ct);
        await audit.WriteAsync("User", a.UserId, "RoleUnassigned",
            [new AuditChange("Role", a.Role, null, LocalizerExtensions.RolePrefix), new AuditChange("Unit", a.Unit, null)], ct, unitId: a.UnitId);
        grants.Invalidate(db);
    }

    private async Task<User> Load(Guid id, CancellationToken ct) => await users.FindAsync(id, ct) ?? throw new EntityNotFoundException("User", id);

    private async Task ApplyAsync(User u, SaveUserInput input, bool passwordRequired, CancellationToken ct)
    {
        var name = (input.UserName ?? "").Trim().ToLowerInvariant();
        var check = new Check()
            .Required(nameof(input.UserName), name, IdentityConsts.UserNameMax)
            .Required(nameof(input.FullName), input.FullName, IdentityConsts.FullNameMax)
            .Optional(nameof(input.Email), input.Email, IdentityConsts.EmailMax)
            .Optional(nameof(input.Position), input.Position, IdentityConsts.PositionMax)
            .That(string.IsNullOrEmpty(input.Email) || input.Email.Contains('@'), nameof(input.Email), ErrorCodes.InvalidValue);
        if (passwordRequired || !string.IsNullOrEmpty(input.Password))
            check.That(PasswordPolicy.IsStrong(input.Password), nameof(input.Password), IdentityErrorCodes.WeakPassword);
        var existing = name.Length == 0 ? null : await users.FindByNameAsync(name, ct);
        check.That(existing == null || existing.Id == u.Id, nameof(input.UserName), IdentityErrorCodes.UserNameTaken);
        check.ThrowIfAny();
        u.UserName = name;
        u.FullName = input.FullName.Trim();
        u.Email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim();
        u.Position = string.IsNullOrWhiteSpace(input.Position) ? null : input.Position.Trim();
        if (u.IsActive != input.IsActive) u.SecurityStamp = Guid.NewGuid();
        u.IsActive = input.IsActive;
        if (!string.IsNullOrEmpty(input.Password))
        {
            u.PasswordHash = hasher.HashPassword(u, input.Password);
            u.SecurityStamp = Guid.NewGuid();
        }
    }
}
