using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.QualityPolicy.Holidays;
using Ektu.Qa.QualityPolicy.Standards;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.QualityPolicy.Tests.Data;

public sealed class ReferenceDataTests
{
    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Seed_Should_BeIdempotent_When_RunAgain(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await DataSeeder.SeedAsync(app.Services, demo: true);

        (await app.QueryAsync(db => db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM qp_standards"))).ShouldBe(20);
        (await app.QueryAsync(db => db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM qp_holidays"))).ShouldBe(64);
        (await app.QueryAsync(db => db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM qp_documents"))).ShouldBe(4);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task UpdateStandard_Should_SetAdministratorAndRejectStaleVersion_When_Edited(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var s1 = (await app.AsAsync("aqd", sp => sp.GetRequiredService<IStandardAppService>().GetListAsync())).Single(s => s.Code == "EKTU-S1");
        var head = await app.AsAsync("aqd", async sp => (await sp.GetRequiredService<IIdentityIntegrationService>().GetMembersAsync(
            (await sp.GetRequiredService<IIdentityIntegrationService>().GetUnitsAsync()).Single(u => u.Code == "SITIS-CS").Id))
                .Single(u => u.UserName == "head.cs"));
        var input = new UpdateStandardInput { TitleKk = s1.TitleKk, TitleRu = s1.TitleRu, TitleEn = "Quality policy (edited)",
            AdministratorUserId = head.Id, Version = s1.Version };

        var updated = await app.AsAsync("aqd", sp => sp.GetRequiredService<IStandardAppService>().UpdateAsync(s1.Id, input));

        updated.AdministratorName.ShouldBe(head.FullName);
        updated.TitleEn.ShouldBe("Quality policy (edited)");
        updated.Version.ShouldBe(s1.Version + 1);
        await Should.ThrowAsync<ConcurrencyConflictException>(() =>
            app.AsAsync("aqd", sp => sp.GetRequiredService<IStandardAppService>().UpdateAsync(s1.Id, input)));
        (await app.QueryAsync(db =>
            db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM k_audit_log WHERE entity = 'Standard' AND entity_id = @id", new { id = s1.Id })))
            .ShouldBe(1);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task UpdateStandard_Should_BeForbidden_When_CallerLacksManage(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var s1 = (await app.AsAsync("teacher1", sp => sp.GetRequiredService<IStandardAppService>().GetListAsync())).First();

        var e = await Should.ThrowAsync<QaException>(() =>
            app.AsAsync("teacher1", sp => sp.GetRequiredService<IStandardAppService>().UpdateAsync(s1.Id,
            new UpdateStandardInput { TitleKk = "a", TitleRu = "b", TitleEn = "c", Version = s1.Version })));

        e.Status.ShouldBe(403);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Holidays_Should_AddAndRemove_When_Managed(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var input = new SaveHolidayInput { Day = new DateOnly(2026, 11, 2), NameKk = "Демалыс", NameRu = "Выходной", NameEn = "Day off" };
        var added = await app.AsAsync("aqd", sp => sp.GetRequiredService<IHolidayAppService>().AddAsync(input));

        var duplicate = await Should.ThrowAsync<ValidationException>(() =>
            app.AsAsync("aqd", sp => sp.GetRequiredService<IHolidayAppService>().AddAsync(input)));
        duplicate.Errors["Day"].ShouldBe([QualityPolicyErrorCodes.HolidayExists]);
        (await app.AsAsync("aqd", sp => sp.GetRequiredService<IHolidayAppService>().GetYearAsync(2026)))
            .ShouldContain(h => h.Day == input.Day && !h.IsWorkingDay);

        await app.AsAsync("aqd", sp => sp.GetRequiredService<IHolidayAppService>().RemoveAsync(added.Id, added.Version));
        (await app.AsAsync("aqd", sp => sp.GetRequiredService<IHolidayAppService>().GetYearAsync(2026))).ShouldNotContain(h => h.Day == input.Day);
    }
}
