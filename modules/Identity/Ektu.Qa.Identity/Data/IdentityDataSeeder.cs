using System.Reflection;
using System.Text.Json;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Identity.Roles;
using Ektu.Qa.Identity.Users;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Microsoft.AspNetCore.Identity;

namespace Ektu.Qa.Identity.Data;

/// <summary>
/// At every start: the static roles exist and Administrator holds every defined permission. On an empty database
/// with demo data enabled: EKTU's organisation and a few users in different roles (database/seed/*.json).
/// </summary>
internal sealed class IdentityDataSeeder(
    IDbSession db, RoleRepository roles, OrganizationUnitRepository unitRepo, UserRepository users, PermissionDefinitionManager permissions,
        IPasswordHasher<User> hasher, IClock clock) : IDataSeedContributor
{
    public const string DemoPassword = "Admin123!";

    /// <summary>Static roles and the permission patterns they get on first creation ("*" suffix = prefix match).</summary>
    private static readonly Dictionary<string, string[]> StaticRoles = new()
    {
        [IdentityConsts.AdministratorRole] = ["*"],
        ["QualityOfficer"] =
            ["QualityPolicy.*", "Workflow.*", "Identity.AuditLog", "Identity.Users", "Identity.OrganizationUnits", "QaCommission.Commissions",
            "QaCommission.Meetings", "QaCommission.Decisions", "Improvement.*", "QaCommission.PeerReview", "QaCommission.PeerReview.*",
            "QaCommission.Reports", "Reporting.*", "ProgrammeMonitoring.*", "ExternalAccreditation.*", "InformationManagement.*"],
        ["Dean"] = ["Workflow.Tasks", "Workflow.Instances", "Workflow.Instances.Start", "Workflow.Definitions", "QualityPolicy.Documents",
            "QualityPolicy.Documents.Acknowledge", "QualityPolicy.Standards", "QualityPolicy.Kpis", "QualityPolicy.Acknowledgements",
            "QaCommission.*", "Improvement.*", "Reporting.Reports", "Reporting.Reports.Run",
            "ProgrammeMonitoring.Programmes", "ProgrammeMonitoring.Programmes.Manage", "ExternalAccreditation.Accreditations",
            "ExternalAccreditation.Accreditations.Manage", "ExternalAccreditation.Readiness", "ExternalAccreditation.Readiness.Manage",
            "ExternalAccreditation.Certifications", "InformationManagement.Surveys", "InformationManagement.Surveys.Respond",
            "InformationManagement.Audits", "InformationManagement.Indicators", "InformationManagement.Swot",
            "InformationManagement.Swot.Manage", "InformationManagement.Collegial", "InformationManagement.Collegial.Manage"],
        ["HeadOfDepartment"] =
            ["Workflow.Tasks", "Workflow.Instances", "Workflow.Instances.Start", "QualityPolicy.Documents", "QualityPolicy.Documents.Acknowledge",
            "QualityPolicy.Standards", "QualityPolicy.Kpis", "QaCommission.Commissions", "QaCommission.Meetings", "QaCommission.Minutes.Sign",
            "QaCommission.Decisions", "QaCommission.Decisions.Respond", "Improvement.*", "QaCommission.PeerReview",
            "QaCommission.PeerReview.Manage", "ExternalAccreditation.Readiness", "ProgrammeMonitoring.Programmes",
            "ProgrammeMonitoring.Programmes.Manage", "ExternalAccreditation.Accreditations", "InformationManagement.Surveys.Respond",
            "InformationManagement.Audits"],
        ["Employee"] = ["Workflow.Tasks", "QualityPolicy.Documents", "QualityPolicy.Documents.Acknowledge", "QualityPolicy.Standards",
            "QaCommission.Commissions", "QaCommission.Meetings", "QaCommission.Minutes.Sign", "QaCommission.Decisions",
            "QaCommission.Decisions.Respond", "QaCommission.PeerReview", "Improvement.Capa", "Improvement.Appeals.Submit",
            "ProgrammeMonitoring.Programmes", "InformationManagement.Surveys.Respond"],
        // Students answer the surveys addressed to them (InformationManagement) and nothing else by default.
        [IdentityConsts.StudentRole] = ["InformationManagement.Surveys.Respond"],
        // The approval bodies the shipped processes offer tasks to (candidate groups); held by their secretaries or chairs,
        // who read the programme and the difference they decide on.
        ["ProgrammesCommittee"] = ["Workflow.Tasks", "Workflow.Instances", "ProgrammeMonitoring.Programmes"],
        ["SchoolCouncil"] = ["Workflow.Tasks", "Workflow.Instances", "ProgrammeMonitoring.Programmes"],
        ["AcademicCouncil"] = ["Workflow.Tasks", "Workflow.Instances", "ProgrammeMonitoring.Programmes"],
        ["Board"] = ["Workflow.Tasks", "Workflow.Instances", "ProgrammeMonitoring.Programmes"],
    };

    public async Task SeedAsync(bool demo, CancellationToken ct = default)
    {
        await db.InUnitOfWorkAsync(async () =>
        {
            var now = clock.UtcNow;
            foreach (var (name, patterns) in StaticRoles)
            {
                var role = await roles.FindByNameAsync(name, ct);
                var isNew = role == null;
                if (isNew)
                {
                    role = new Role { Id = Guid.NewGuid(), Name = name, IsStatic = true };
                    role.StampCreated(now, "system");
                    await roles.InsertAsync(role, ct);
                }
                var roleId = role!.Id;
                // Administrator follows every newly defined permission; other roles get their defaults once, then admins own them.
                if (isNew || name == IdentityConsts.AdministratorRole)
                {
                    foreach (var p in permissions.All.Where(p => patterns.Any(pat => Matches(p.Name, pat))))
                        await db.ExecuteAsync(db.Dialect.InsertIgnore("id_role_permissions", "role_id, permission", "@roleId, @p"),
                            new { roleId, p = p.Name }, ct);
                }
            }
            if (demo && await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM id_users", ct: ct) == 0)
                await SeedDemoAsync(now, ct);
        }, ct);
    }

    private static bool Matches(string permission, string pattern) =>
        pattern == "*" || (pattern.EndsWith(".*", StringComparison.Ordinal) ? permission.StartsWith(pattern[..^1], StringComparison.Ordinal)
            : permission == pattern);

    private async Task SeedDemoAsync(DateTime now, CancellationToken ct)
    {
        var org = Read<DemoOrganisation>("demo-organisation.json");
        var units = new Dictionary<string, OrganizationUnit>();
        foreach (var u in org.Units)
        {
            var parent = u.Parent == null ? null : units[u.Parent];
            var unit = new OrganizationUnit
            {
                Id = Guid.NewGuid(), Code = u.Code, Kind = Enum.Parse<OrganizationUnits.OrganizationUnitKind>(u.Kind), ParentId = parent?.Id,
                Depth = (parent?.Depth ?? -1) + 1, NameKk = u.Name.Kk, NameRu = u.Name.Ru, NameEn = u.Name.En,
            };
            unit.Path = (parent?.Path ?? "/") + unit.Id + "/";
            unit.StampCreated(now, "system");
            await unitRepo.InsertAsync(unit, ct);
            units[u.Code] = unit;
        }
        var roleIds = (await roles.GetAllAsync(ct)).ToDictionary(r => r.Name, r => r.Id);
        foreach (var u in Read<DemoUsers>("demo-users.json").Users)
        {
            var user = new User { Id = Guid.NewGuid(), UserName = u.UserName.ToLowerInvariant(), FullName = u.FullName.Kk, Email = u.Email,
                Position = u.Position.Kk, SecurityStamp = Guid.NewGuid(), IsActive = true };
            user.PasswordHash = hasher.HashPassword(user, DemoPassword);
            user.StampCreated(now, "system");
            await users.InsertAsync(user, ct);
            foreach (var r in u.Roles)
            {
                await db.ExecuteAsync("INSERT INTO id_user_roles (id, user_id, role_id, unit_id, created_at, created_by) VALUES (@id, @userId, " +
                    "@roleId, @unitId, @now, 'system')",
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
