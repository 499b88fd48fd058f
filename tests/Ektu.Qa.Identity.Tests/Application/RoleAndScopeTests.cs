using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Identity.Roles;
using Ektu.Qa.Identity.Users;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Identity.Tests.Application;

public sealed class RoleAndScopeTests
{
    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SetPermissions_Should_ReplaceGrantsAndAudit_When_VersionIsCurrent(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var role = await app.AsAsync("admin", sp => sp.GetRequiredService<IRoleAppService>().CreateAsync(new SaveRoleInput { Name = "Secretary" }));
        await app.AsAsync("admin", sp => sp.GetRequiredService<IRoleAppService>().SetPermissionsAsync(role.Id, role.Version,
            [IdentityPermissions.Users.Default, IdentityPermissions.AuditLog.Default]));
        var after = await app.AsAsync("admin", sp => sp.GetRequiredService<IRoleAppService>().GetPermissionsAsync(role.Id));
        after.Granted.ShouldBe([IdentityPermissions.AuditLog.Default, IdentityPermissions.Users.Default]);
        after.Version.ShouldBe(role.Version + 1);

        // The editor still holds the old version: a second save is a conflict, and nothing changes.
        await Should.ThrowAsync<ConcurrencyConflictException>(() => app.AsAsync("admin", sp =>
            sp.GetRequiredService<IRoleAppService>().SetPermissionsAsync(role.Id, role.Version, [IdentityPermissions.Roles.Default])));
        var unchanged = await app.AsAsync("admin", sp => sp.GetRequiredService<IRoleAppService>().GetPermissionsAsync(role.Id));
        unchanged.Granted.ShouldBe(after.Granted);
        var audits = await app.QueryAsync(db =>
            db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM k_audit_log WHERE entity_id = @id AND action = 'PermissionsChanged'",
            new { id = role.Id }));
        audits.ShouldBe(1);
    }

    [Fact]
    public async Task SetPermissions_Should_SaveFiveHundredGrants_When_AllAreDefined()
    {
        await using var app = await TestApp.StartAsync(TestDatabases.Sqlite);
        var all = app.Services.GetRequiredService<PermissionDefinitionManager>().All.Select(p => p.Name).ToArray();
        var role = await app.AsAsync("admin", sp => sp.GetRequiredService<IRoleAppService>().CreateAsync(new SaveRoleInput { Name = "Everything" }));
        await app.AsAsync("admin", sp => sp.GetRequiredService<IRoleAppService>().SetPermissionsAsync(role.Id, role.Version, all));
        (await app.AsAsync("admin", sp => sp.GetRequiredService<IRoleAppService>().GetPermissionsAsync(role.Id))).Granted.Count.ShouldBe(all.Length);
    }

    [Fact]
    public async Task SetPermissions_Should_Refuse_When_PermissionIsUnknown()
    {
        await using var app = await TestApp.StartAsync(TestDatabases.Sqlite);
        var role = await app.AsAsync("admin", sp => sp.GetRequiredService<IRoleAppService>().CreateAsync(new SaveRoleInput { Name = "X" }));
        await Should.ThrowAsync<ValidationException>(() => app.AsAsync("admin", sp =>
            sp.GetRequiredService<IRoleAppService>().SetPermissionsAsync(role.Id, role.Version, ["Nope.Nothing"])));
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Scope_Should_CoverOwnSchoolSubtreeOnly_When_RoleIsHeldInASchool(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var units = await app.AsAsync("admin", sp => sp.GetRequiredService<IOrganizationUnitAppService>().GetTreeAsync());
        Guid Id(string code) => units.Single(u => u.Code == code).Id;
        var dean = await app.AsAsync("dean.sitis", sp => sp.GetRequiredService<IOrganizationScope>().GetAsync());
        dean.All.ShouldBeFalse();
        dean.Contains(Id("SITIS")).ShouldBeTrue();
        dean.Contains(Id("SITIS-CS")).ShouldBeTrue();
        dean.Contains(Id("SEM")).ShouldBeFalse();
        dean.Contains(Id("SEM-GEO")).ShouldBeFalse();
        (await app.AsAsync("aqd", sp => sp.GetRequiredService<IOrganizationScope>().GetAsync())).All.ShouldBeTrue();
    }

    [Fact]
    public async Task AppService_Should_Forbid_When_UserLacksPermission()
    {
        await using var app = await TestApp.StartAsync(TestDatabases.Sqlite);
        var e = await Should.ThrowAsync<QaException>(() =>
            app.AsAsync("teacher1", sp => sp.GetRequiredService<IUserAppService>().GetListAsync(new UserListInput())));
        e.Status.ShouldBe(403);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Assign_Should_GrantRolePermissionsInUnit_When_Assigned(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (teacher, dean, sem) = await app.AsAsync("admin", async sp =>
        {
            var users = await sp.GetRequiredService<IUserAppService>().GetListAsync(new UserListInput { Search = "teacher3" });
            var roles = await sp.GetRequiredService<IRoleAppService>().GetListAsync();
            var units = await sp.GetRequiredService<IOrganizationUnitAppService>().GetTreeAsync();
            return (users.Items.Single(), roles.Single(r => r.Name == "QualityOfficer"), units.Single(u => u.Code == "SEM"));
        });
        (await app.AsAsync("teacher3", sp => sp.GetRequiredService<ICurrentUser>().HasPermissionAsync(IdentityPermissions.AuditLog.Default)))
            .ShouldBeFalse();
        await app.AsAsync("admin", sp => sp.GetRequiredService<IUserAppService>().AssignAsync(teacher.Id, dean.Id, sem.Id));
        (await app.AsAsync("teacher3", sp => sp.GetRequiredService<ICurrentUser>().HasPermissionAsync(IdentityPermissions.AuditLog.Default)))
            .ShouldBeTrue();
        (await app.AsAsync("teacher3", sp => sp.GetRequiredService<IOrganizationScope>().GetAsync())).Contains(sem.Id).ShouldBeTrue();
    }
}
