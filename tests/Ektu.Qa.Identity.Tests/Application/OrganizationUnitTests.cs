using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Identity.Users;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Identity.Tests.Application;

public sealed class OrganizationUnitTests
{
    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Update_Should_MoveSubtree_When_ParentChanges(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.AsAsync("admin", async sp =>
        {
            var s = sp.GetRequiredService<IOrganizationUnitAppService>();
            var units = await s.GetTreeAsync();
            var sitis = units.Single(u => u.Code == "SITIS");
            var sem = units.Single(u => u.Code == "SEM");
            var lab = await s.CreateAsync(new SaveOrganizationUnitInput { Code = "sitis-cs-lab", Kind = OrganizationUnitKind.Office,
                ParentId = units.Single(u => u.Code == "SITIS-CS").Id, NameKk = "Зертхана", NameRu = "Лаборатория", NameEn = "Lab" });
            lab.Code.ShouldBe("SITIS-CS-LAB");
            lab.Depth.ShouldBe(3);
            var cs = units.Single(u => u.Code == "SITIS-CS");
            await s.UpdateAsync(cs.Id,
                new SaveOrganizationUnitInput { Code = cs.Code, Kind = cs.Kind, ParentId = sem.Id, NameKk = cs.NameKk, NameRu = cs.NameRu,
                NameEn = cs.NameEn, Version = cs.Version });
            var subtree = await sp.GetRequiredService<IIdentityIntegrationService>().GetSubtreeAsync(sem.Id);
            subtree.ShouldContain(lab.Id);
            (await sp.GetRequiredService<IIdentityIntegrationService>().GetSubtreeAsync(sitis.Id)).ShouldNotContain(lab.Id);
            var ex = await Should.ThrowAsync<ValidationException>(() =>
                s.UpdateAsync(sem.Id,
                new SaveOrganizationUnitInput { Code = sem.Code, Kind = sem.Kind, ParentId = lab.Id, NameKk = "a", NameRu = "b", NameEn = "c",
                Version = sem.Version }));
            ex.Errors["ParentId"].ShouldContain(IdentityErrorCodes.UnitCycle);
        });
    }

    [Fact]
    public async Task Create_Should_ListEveryFieldError_When_InputIsInvalid()
    {
        await using var app = await TestApp.StartAsync(TestDatabases.Sqlite);
        var e = await Should.ThrowAsync<ValidationException>(() => app.AsAsync("admin", sp =>
            sp.GetRequiredService<IOrganizationUnitAppService>()
                .CreateAsync(new SaveOrganizationUnitInput { Code = "EKTU", NameKk = "", NameRu = new string('я', 301), NameEn = "x" })));
        e.Errors["Code"].ShouldContain(IdentityErrorCodes.UnitCodeTaken);
        e.Errors["NameKk"].ShouldContain(ErrorCodes.Required);
        e.Errors["NameRu"].ShouldContain(ErrorCodes.TooLong);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task CreateUser_Should_StoreHostileTextLiterally_When_Saved(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        const string hostile = "Robert'); DROP TABLE id_users;-- <script>alert(1)</script>";
        var u = await app.AsAsync("admin", sp =>
            sp.GetRequiredService<IUserAppService>()
            .CreateAsync(new SaveUserInput { UserName = "bobby", FullName = hostile, Password = "Secret123" }));
        (await app.AsAsync("admin", sp => sp.GetRequiredService<IUserAppService>().GetAsync(u.Id))).FullName.ShouldBe(hostile);
        var audit = await app.QueryAsync(db =>
            db.ExecuteScalarAsync<string>("SELECT changes FROM k_audit_log WHERE entity_id = @id AND action = 'Created'", new { id = u.Id }));
        audit.ShouldNotBeNull();
        audit.ShouldContain("bobby");
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task UpdateUser_Should_Conflict_When_AnotherAdminSavedFirst(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var u = await app.AsAsync("admin", async sp =>
            (await sp.GetRequiredService<IUserAppService>().GetListAsync(new UserListInput { Search = "teacher2" })).Items.Single());
        SaveUserInput Edit(string name) => new() { UserName = u.UserName, FullName = name, IsActive = true, Version = u.Version };
        await app.AsAsync("admin", sp => sp.GetRequiredService<IUserAppService>().UpdateAsync(u.Id, Edit("First")));
        var e = await Should.ThrowAsync<ConcurrencyConflictException>(() =>
            app.AsAsync("admin", sp => sp.GetRequiredService<IUserAppService>().UpdateAsync(u.Id, Edit("Second"))));
        e.Status.ShouldBe(409);
        (await app.AsAsync("admin", sp => sp.GetRequiredService<IUserAppService>().GetAsync(u.Id))).FullName.ShouldBe("First");
    }
}
