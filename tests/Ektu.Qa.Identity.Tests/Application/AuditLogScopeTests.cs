using Ektu.Qa.Identity.AuditLogs;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Identity.Roles;
using Ektu.Qa.Identity.Users;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Identity.Tests.Application;

public sealed class AuditLogScopeTests
{
    /// <summary>
    /// Gives dean.sitis the audit-log permission through a role held in SITIS (the Dean role does not carry it), writes
    /// one probe entry for SITIS-CS, one for SEM and one without a unit; returns the units by code.
    /// </summary>
    private static async Task<Func<string, Guid>> ArrangeAsync(TestApp app)
    {
        var units = await app.AsAsync("admin", sp => sp.GetRequiredService<IOrganizationUnitAppService>().GetTreeAsync());
        Guid Id(string code) => units.Single(u => u.Code == code).Id;
        await app.AsAsync("admin", async sp =>
        {
            var roles = sp.GetRequiredService<IRoleAppService>();
            var role = await roles.CreateAsync(new SaveRoleInput { Name = "AuditReader" });
            await roles.SetPermissionsAsync(role.Id, role.Version, [IdentityPermissions.AuditLog.Default]);
            var dean = (await sp.GetRequiredService<IUserAppService>().GetListAsync(new UserListInput { Search = "dean.sitis" })).Items.Single();
            await sp.GetRequiredService<IUserAppService>().AssignAsync(dean.Id, role.Id, Id("SITIS"));
            var audit = sp.GetRequiredService<IAuditLog>();
            await audit.WriteAsync("Test", "Probe", Guid.NewGuid(), "InSitisCs", unitId: Id("SITIS-CS"));
            await audit.WriteAsync("Test", "Probe", Guid.NewGuid(), "InSem", unitId: Id("SEM"));
            await audit.WriteAsync("Test", "Probe", Guid.NewGuid(), "NoUnit");
        });
        return Id;
    }

    private static Task<List<string>> ProbeActionsAsync(TestApp app, string userName) =>
        app.AsAsync(userName, async sp =>
            (await sp.GetRequiredService<IAuditLogAppService>().GetListAsync(new AuditLogFilter { Entity = "Probe", PageSize = 500 }))
            .Items.Select(e => e.Action).Order(StringComparer.Ordinal).ToList());

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task GetList_Should_ShowOnlyOwnSchoolEntries_When_CallerIsDeanOfSchool(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await ArrangeAsync(app);

        (await ProbeActionsAsync(app, "dean.sitis")).ShouldBe(["InSitisCs"]);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task GetList_Should_ShowEveryEntry_When_CallerIsAdministrator(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await ArrangeAsync(app);

        (await ProbeActionsAsync(app, "admin")).ShouldBe(["InSem", "InSitisCs", "NoUnit"]);
        (await ProbeActionsAsync(app, "aqd")).ShouldBe(["InSem", "InSitisCs", "NoUnit"], "a university-wide role sees entries without a unit too");
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task UnitChange_Should_BeAuditedInThatUnit_When_UnitIsUpdated(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var id = await ArrangeAsync(app);
        await app.AsAsync("admin", async sp =>
        {
            var units = sp.GetRequiredService<IOrganizationUnitAppService>();
            foreach (var code in new[] { "SITIS-CS", "SEM-GEO" })
            {
                var u = await units.GetAsync(id(code));
                await units.UpdateAsync(u.Id, new SaveOrganizationUnitInput
                {
                    Code = u.Code, Kind = u.Kind, ParentId = u.ParentId, NameKk = u.NameKk + " ", NameRu = u.NameRu,
                        NameEn = u.NameEn + " (renamed)", Version = u.Version,
                });
            }
        });

        var stored = await app.QueryAsync(s => s.ExecuteScalarAsync<string>(
            "SELECT unit_id FROM k_audit_log WHERE entity = 'OrganizationUnit' AND action = 'Updated' AND entity_id = @id",
                new { id = id("SITIS-CS") }));
        Guid.Parse(stored!).ShouldBe(id("SITIS-CS"));
        var seen = await app.AsAsync("dean.sitis", async sp => (await sp.GetRequiredService<IAuditLogAppService>()
            .GetListAsync(new AuditLogFilter { Entity = "OrganizationUnit", Action = "Updated" })).Items.Select(e => e.EntityId).ToList());
        seen.ShouldBe([id("SITIS-CS")]);
    }
}
