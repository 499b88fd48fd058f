using Ektu.Qa.InformationManagement.Systems;
using Ektu.Qa.InformationManagement.Tests.Application;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Settings;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.InformationManagement.Tests.Systems;

public sealed class InfoSystemAppServiceTests
{
    // 2026-03-02 06:00 UTC is 11:00 in Almaty: "today" is 2 March 2026.
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static IInfoSystemAppService Systems(IServiceProvider sp) => sp.GetRequiredService<IInfoSystemAppService>();

    private static async Task<SaveInfoSystemInput> InputAsync(TestApp app, string code, DateOnly? restored) => new()
    {
        Code = code, Name = "System " + code, OwnerUnitId = await app.UnitAsync("EKTU"), Owner = "IT department", Purpose = "Testing",
        DataHeld = "Results", BackupSchedule = "Daily", RestoreVerifiedOn = restored, AccessControl = "Roles",
    };

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task List_Should_FlagTheRestore_When_VerifiedOneDayMoreThanTheSettingAllows(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.AsAsync("admin", sp => sp.GetRequiredService<ISettingStore>().SetAsync(SystemSettings.RestoreStaleDays, "30"));
        var edge = await app.AsAsync("aqd", async sp => await Systems(sp).CreateAsync(await InputAsync(app, "edge", Today.AddDays(-30))));
        var over = await app.AsAsync("aqd", async sp => await Systems(sp).CreateAsync(await InputAsync(app, "over", Today.AddDays(-31))));
        var never = await app.AsAsync("aqd", async sp => await Systems(sp).CreateAsync(await InputAsync(app, "never", null)));

        var list = await app.AsAsync("aqd", sp => Systems(sp).GetListAsync());

        list.Single(s => s.Id == edge.Id).RestoreStale.ShouldBeFalse();
        list.Single(s => s.Id == over.Id).RestoreStale.ShouldBeTrue();
        list.Single(s => s.Id == never.Id).RestoreStale.ShouldBeTrue();
        list.Count(s => s.Code is "site" or "s-portal" or "test-sheberi" or "irbis" or "1c" or "e-monitoring" or "grafana").ShouldBe(7);
        // The next day in Almaty (19:00 UTC), the system at the edge goes stale too.
        app.Clock.UtcNow = new DateTime(2026, 3, 2, 19, 0, 0, DateTimeKind.Utc);
        (await app.AsAsync("aqd", sp => Systems(sp).GetAsync(edge.Id))).System.RestoreStale.ShouldBeTrue();
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task AddCheck_Should_RecordWhoCheckedAndWhetherEveryPointIsMet_When_Saved(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var s = await app.AsAsync("aqd", async sp => await Systems(sp).CreateAsync(await InputAsync(app, "chk", Today)));

        var partial = await app.AsAsync("aqd", sp => Systems(sp).AddCheckAsync(s.Id, new SaveSafetyCheckInput
        {
            CheckedOn = Today, Authority = true, Antivirus = true, Administration = true, Backups = true, ServerRoom = true, Passwords = false,
        }));
        var future = await Should.ThrowAsync<ValidationException>(() => app.AsAsync("aqd", sp => Systems(sp).AddCheckAsync(s.Id,
            new SaveSafetyCheckInput { CheckedOn = Today.AddDays(1) })));
        var duplicate = await Should.ThrowAsync<ValidationException>(async () =>
            await app.AsAsync("aqd", async sp => await Systems(sp).CreateAsync(await InputAsync(app, "chk", Today))));
        var unknown = await Should.ThrowAsync<QaException>(() => app.AsAsync("aqd", sp => Systems(sp).GetAsync(Guid.NewGuid())));

        partial.Passed.ShouldBeFalse();
        partial.CheckedByName.ShouldNotBeEmpty();
        future.Errors.Keys.ShouldContain(nameof(SaveSafetyCheckInput.CheckedOn));
        duplicate.Errors[nameof(SaveInfoSystemInput.Code)].ShouldContain(SystemErrorCodes.CodeTaken);
        unknown.Status.ShouldBe(404);
        (await app.AsAsync("aqd", sp => Systems(sp).GetListAsync())).Single(x => x.Id == s.Id).LastCheck!.Id.ShouldBe(partial.Id);
    }
}
