using Ektu.Qa.Identity.Users;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Identity.Tests.Application;

/// <summary>Other modules' reads of users (names, e-mail, active) are cached; an edit must show in the next read.</summary>
public sealed class UserDirectoryTests
{
    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task IntegrationReads_Should_ShowTheEdit_When_AUserWasRenamedOrDeactivated(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var teacher = await app.AsAsync("admin", async sp =>
            (await sp.GetRequiredService<IUserAppService>().GetListAsync(new UserListInput { Search = "teacher1" })).Items.Single(u =>
                u.UserName == "teacher1"));
        (await ReadAsync(app, i => i.GetUsersAsync([teacher.Id]))).Single().FullName.ShouldBe(teacher.FullName);
        (await ReadAsync(app, i => i.GetUsersByNameAsync(["Teacher1 "]))).Single().Id.ShouldBe(teacher.Id);
        (await ReadAsync(app, i => i.GetUsersAsync([teacher.Id, Guid.NewGuid()]))).Select(u => u.Id).ShouldBe([teacher.Id]);

        // Behind the cache's back (users change only through the Identity module): the cached name is still served.
        await app.QueryAsync(db =>
            db.InUnitOfWorkAsync(() => db.ExecuteAsync("UPDATE id_users SET full_name = 'Raw' WHERE id = @id", new { id = teacher.Id })));
        (await ReadAsync(app, i => i.GetUsersAsync([teacher.Id]))).Single().FullName.ShouldBe(teacher.FullName);

        await app.AsAsync("admin", sp => sp.GetRequiredService<IUserAppService>().UpdateAsync(teacher.Id, new SaveUserInput
        {
            UserName = teacher.UserName, FullName = "Жаңа Есім", Email = "new.mail@ektu.kz", Position = teacher.Position, IsActive = false,
                Version = teacher.Version,
        }));

        var renamed = (await ReadAsync(app, i => i.GetUsersAsync([teacher.Id]))).Single();
        renamed.FullName.ShouldBe("Жаңа Есім");
        renamed.Email.ShouldBe("new.mail@ektu.kz");
        // A deactivated user is still known by id (history shows who did what) but no longer resolved by name for new tasks.
        (await ReadAsync(app, i => i.GetUsersByNameAsync(["teacher1"]))).ShouldBeEmpty();
    }

    /// <summary>A read as another module makes it, outside a unit of work (an inbox page).</summary>
    private static async Task<IReadOnlyList<UserSummary>> ReadAsync(TestApp app, Func<IIdentityIntegrationService,
        Task<IReadOnlyList<UserSummary>>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<IIdentityIntegrationService>());
    }
}
