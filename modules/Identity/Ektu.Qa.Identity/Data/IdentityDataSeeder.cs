using System.Reflection;
using System.Text.Json;
using Ektu.Qa.Identity.Domain;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Microsoft.AspNetCore.Identity;

namespace Ektu.Qa.Identity.Data;

/// <summary>
/// At every start: the static roles exist and Administrator holds every defined permission. On an empty database
/// with demo data enabled: EKTU's organisation and a few users in different roles (database/seed/*.json).
/// </summary>
internal sealed class IdentityDataSeeder(IDbSession db, PermissionDefinitionManager permissions, IPasswordHasher<User> hasher, IClock clock)
{
    public const string DemoPassword = "Admin123!";

    /// <summary>Static roles and the permission patterns they get on first creation ("*" suffix = prefix match).</summary>
    private static readonly Dictionary<string, string[]> StaticRoles = new()
    {
        [IdentityConsts.AdministratorRole] = ["*"],
        ["QualityOfficer"] = ["QualityPolicy.*", "Identity.AuditLog", "Identity.Users", "Identity.OrganizationUnits"],
        ["Dean"] = ["QualityPolicy.Documents", "QualityPolicy.Documents.Acknowledge", "QualityPolicy.Standards", "QualityPolicy.Kpis", "QualityPolicy.Acknowledgements"],
        ["HeadOfDepartment"] = ["QualityPolicy.Documents", "QualityPolicy.Documents.Acknowledge", "QualityPolicy.Standards", "QualityPolicy.Kpis"],
        ["Employee"] = ["QualityPolicy.Documents", "QualityPolicy.Documents.Acknowledge", "QualityPolicy.Standards"],
    };

    public async Task SeedAsync(bool demo, CancellationToken ct = default)
    {
        await db.InUnitOfWorkAsync(async () =>
        {
            var now = clock.UtcNow;
            foreach (var (name, patterns) in StaticRoles)
            {
                var id = await db.ExecuteScalarAsync<string>("SELECT id FROM id_roles WHERE name = @name", new { name }, ct);
                var isNew = id == null;
                var roleId = isNew ? Guid.NewGuid() : Guid.Parse(id!);
                if (isNew)
                {
                    await db.ExecuteAsync("""
                        INSERT INTO id_roles (id, name, description, is_static, version, created_at, created_by, updated_at, updated_by)
                        VALUES (@roleId, @name, NULL, 1, 1, @now, 'system', @now, 'system')
                        """, new { roleId, name, now }, ct);
                }
                // Administrator follows every newly defined permission; other roles get their defaults once, then admins own them.
                if (isNew || name == IdentityConsts.AdministratorRole)
                {
                    foreach (var p in permissions.All.Where(p => patterns.Any(pat => Matches(p.Name, pat))))
                        await db.ExecuteAsync(db.Dialect.InsertIgnore("id_role_permissions", "role_id, permission", "@roleId, @p"), new { roleId, p = p.Name }, ct);
                }
            }
            if (demo && await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM id_users", ct: ct) == 0)
                await SeedDemoAsync(now, ct);
        }, ct);
    }

    private static bool Matches(string permission, string pattern) =>
        pattern == "*" || (pattern.EndsWith(".*", StringComparison.Ordinal) ? permission.StartsWith(pattern[..^1], StringComparison.Ordinal) : permission == pattern);

    private async Task SeedDemoAsync(DateTime now, CancellationToken ct)
    {
        var org = Read<DemoOrganisation>("demo-organisation.json");
        var units = new Dictionary<string, (Guid Id, string Path, int Depth)>();
        foreach (var u in org.Units)
        {
            var id = Guid.NewGuid();
            var parent = u.Parent == null ? ((Guid Id, string Path, int Depth)?)null : units[u.Parent];
            var path = (parent?.Path ?? "/") + id + "/";
            var depth = (parent?.Depth ?? -1) + 1;
            units[u.Code] = (id, path, depth);
            await db.ExecuteAsync("""
                INSERT INTO id_organization_units (id, code, kind, parent_id, path, depth, name_kk, name_ru, name_en, version, created_at, created_by, updated_at, updated_by)
                VALUES (@id, @Code, @Kind, @parentId, @path, @depth, @kk, @ru, @en, 1, @now, 'system', @now, 'system')
                """, new { id, u.Code, u.Kind, parentId = parent?.Id, path, depth, kk = u.Name.Kk, ru = u.Name.Ru, en = u.Name.En, now }, ct);
        }
        var roleIds = (await db.QueryAsync<(Guid Id, string Name)>("SELECT id, name FROM id_roles", ct: ct)).ToDictionary(r => r.Name, r => r.Id);
        foreach (var u in Read<DemoUsers>("demo-users.json").Users)
        {
            var user = new User { Id = Guid.NewGuid(), UserName = u.UserName.ToLowerInvariant(), FullName = u.FullName.Kk, Email = u.Email, Position = u.Position.Kk, SecurityStamp = Guid.NewGuid(), IsActive = true };
            user.PasswordHash = hasher.HashPassword(user, DemoPassword);
            user.StampCreated(now, "system");
            await db.ExecuteAsync("""
                INSERT INTO id_users (id, user_name, full_name, email, position, password_hash, security_stamp, is_active, access_failed_count, lockout_end, last_login_at, version, created_at, created_by, updated_at, updated_by)
                VALUES (@Id, @UserName, @FullName, @Email, @Position, @PasswordHash, @SecurityStamp, 1, 0, NULL, NULL, 1, @CreatedAt, 'system', @UpdatedAt, 'system')
                """, user, ct);
            foreach (var r in u.Roles)
            {
                await db.ExecuteAsync("INSERT INTO id_user_roles (id, user_id, role_id, unit_id, created_at, created_by) VALUES (@id, @userId, @roleId, @unitId, @now, 'system')",
                    new { id = Guid.NewGuid(), userId = user.Id, roleId = roleIds[r.Role], unitId = units[r.Unit].Id, now }, ct);
            }
        }
    }

    private static T Read<T>(string file)
    {
        var asm = Assembly.GetExecutingAssembly();
        var name = asm.GetManifestResourceNames().Single(n => n.EndsWith(file, StringComparison.Ordinal));
        using var s = asm.GetManifestResourceStream(name)!;
        return JsonSerializer.Deserialize<T>(s, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }

    private sealed record Text(string Kk, string Ru, string En);

    private sealed record DemoOrganisation(List<DemoUnit> Units);

    private sealed record DemoUnit(string Code, string Kind, string? Parent, Text Name);

    private sealed record DemoUsers(List<DemoUser> Users);

    private sealed record DemoUser(string UserName, Text FullName, string? Email, Text Position, List<DemoRole> Roles);

    private sealed record DemoRole(string Role, string Unit);
}
