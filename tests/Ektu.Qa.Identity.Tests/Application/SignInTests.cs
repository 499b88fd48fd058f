using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Identity.Security;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Identity.Tests.Application;

public sealed class SignInTests
{
    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SignIn_Should_LockOutOnFifthFailure_When_PasswordIsWrongRepeatedly(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var signIn = app.Services.GetRequiredService<SignInService>();
        for (var i = 1; i <= 4; i++)
        {
            (await Should.ThrowAsync<QaException>(() => signIn.SignInAsync("teacher1", "wrong-" + i, "c"))).Status.ShouldBe(401);
            app.Clock.Advance(TimeSpan.FromSeconds(1));
        }
        var fifth = await Should.ThrowAsync<QaException>(() => signIn.SignInAsync("teacher1", "wrong-5", "c"));
        fifth.Status.ShouldBe(401);
        fifth.Code.ShouldBe(IdentityErrorCodes.InvalidLogin);
        // Locked: even the right password is refused until the lockout ends, with the answer a wrong password gets.
        var locked = await Should.ThrowAsync<QaException>(() => signIn.SignInAsync("teacher1", IdentityDataSeederPassword, "c"));
        locked.Status.ShouldBe(401);
        locked.Code.ShouldBe(IdentityErrorCodes.InvalidLogin);
        app.Clock.Advance(TimeSpan.FromMinutes(16));
        var principal = await signIn.SignInAsync("teacher1", IdentityDataSeederPassword, "c");
        principal.Identity!.Name.ShouldBe("teacher1");
        var actions = await app.QueryAsync(db =>
            db.QueryAsync<string>("SELECT action FROM k_audit_log WHERE module = 'Identity' AND entity = 'User' ORDER BY occurred_at"));
        actions.ShouldBe(["LoginFailed", "LoginFailed", "LoginFailed", "LoginFailed", "LockedOut", "LoggedIn"]);
    }

    [Fact]
    public async Task SignIn_Should_TakeAsLongForLockedAccountAsForUnknownName_When_Refused()
    {
        await using var app = await TestApp.StartAsync(TestDatabases.Sqlite);
        var signIn = app.Services.GetRequiredService<SignInService>();
        for (var i = 0; i < 5; i++) await Should.ThrowAsync<QaException>(() => signIn.SignInAsync("teacher2", "wrong", "c"));
        // The fastest of a few runs each, so that a busy machine's pauses do not decide; a refusal that skips the password
        // hash (what told locked accounts apart) is over ten times faster than one that verifies it.
        var unknown = await FastestAsync(() => signIn.SignInAsync("nobody", IdentityDataSeederPassword, "c"));
        var locked = await FastestAsync(() => signIn.SignInAsync("teacher2", IdentityDataSeederPassword, "c"));
        locked.TotalMilliseconds.ShouldBeGreaterThan(unknown.TotalMilliseconds / 3);
    }

    private static async Task<TimeSpan> FastestAsync(Func<Task> refused)
    {
        var fastest = TimeSpan.MaxValue;
        for (var i = 0; i < 4; i++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            (await Should.ThrowAsync<QaException>(refused)).Status.ShouldBe(401);
            if (watch.Elapsed < fastest) fastest = watch.Elapsed;
        }
        return fastest;
    }

    [Fact]
    public async Task SignIn_Should_FailAlike_When_UserIsUnknown()
    {
        await using var app = await TestApp.StartAsync(TestDatabases.Sqlite);
        var e = await Should.ThrowAsync<QaException>(() => app.Services.GetRequiredService<SignInService>().SignInAsync("nobody", "x", "c"));
        e.Code.ShouldBe(IdentityErrorCodes.InvalidLogin);
    }

    [Fact]
    public async Task SignIn_Should_AcceptUserNameInAnyCase_When_PasswordIsRight()
    {
        await using var app = await TestApp.StartAsync(TestDatabases.Sqlite);
        var p = await app.Services.GetRequiredService<SignInService>().SignInAsync("  ADMIN ", IdentityDataSeederPassword, "c");
        p.Identity!.Name.ShouldBe("admin");
    }

    private const string IdentityDataSeederPassword = "Admin123!";
}
