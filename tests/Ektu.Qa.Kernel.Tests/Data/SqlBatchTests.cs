using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Kernel.Tests.Data;

public sealed class SqlBatchTests
{
    private const string Insert = "INSERT INTO k_settings (name, value, version, updated_at, updated_by) VALUES (@name, 'v', 1, @now, 't')";
    private const string Update = "UPDATE k_settings SET value = @value, version = version + 1 WHERE name = @name AND version = @version";

    private static Dictionary<string, object?> Row(string name) => new() { ["name"] = name, ["now"] = DateTime.UtcNow };

    private static Dictionary<string, object?> Change(string name, string value, int version) =>
        new() { ["name"] = name, ["value"] = value, ["version"] = version };

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ExecuteAsync_Should_WriteEveryStatement_When_EachGuardedUpdateFindsItsVersion(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, demo: false);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IDbSession>();
        await db.InUnitOfWorkAsync(() => db.ExecuteAsync(Insert + ";\n" + Insert.Replace("@name", "@other"),
            new { name = "a", other = "b", now = DateTime.UtcNow }));

        await db.InUnitOfWorkAsync(async () =>
        {
            var batch = new SqlBatch();
            batch.AddGuarded(Update, Change("a", "a2", 1), "Setting", Guid.Empty);
            batch.Add(Insert, Row("c"));
            batch.AddGuarded(Update, Change("b", "b2", 1), "Setting", Guid.Empty);
            await batch.ExecuteAsync(db, CancellationToken.None);
        });

        (await db.QueryAsync<string>("SELECT value FROM k_settings WHERE name IN ('a', 'b', 'c') ORDER BY name")).ShouldBe(["a2", "b2", "v"]);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ExecuteAsync_Should_ThrowConflictAndLeaveNoWrite_When_AGuardedUpdateFindsAnotherVersion(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, demo: false);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IDbSession>();
        await db.InUnitOfWorkAsync(() => db.ExecuteAsync(Insert + ";\n" + Insert.Replace("@name", "@other"),
            new { name = "a", other = "b", now = DateTime.UtcNow }));
        var id = Guid.NewGuid();

        var conflict = await Should.ThrowAsync<ConcurrencyConflictException>(db.InUnitOfWorkAsync(async () =>
        {
            var batch = new SqlBatch();
            batch.AddGuarded(Update, Change("a", "a2", 1), "First", Guid.Empty);
            batch.AddGuarded(Update, Change("b", "b2", 7), "Second", id);
            batch.Add(Insert, Row("c"));
            await batch.ExecuteAsync(db, CancellationToken.None);
        }));

        conflict.Args.ShouldBe(["Second", id]);

        // A statement after the failed guard that fails for it (the other writer's row is there) still reports the conflict.
        var duplicate = await Should.ThrowAsync<ConcurrencyConflictException>(db.InUnitOfWorkAsync(async () =>
        {
            var batch = new SqlBatch();
            batch.AddGuarded(Update, Change("a", "a2", 7), "First", id);
            batch.Add(Insert, Row("b"));
            await batch.ExecuteAsync(db, CancellationToken.None);
        }));
        duplicate.Args.ShouldBe(["First", id]);
        (await db.QueryAsync<string>("SELECT value FROM k_settings WHERE name IN ('a', 'b', 'c') ORDER BY name")).ShouldBe(["v", "v"]);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Commit_Should_RollBackTheUnitOfWork_When_ItsDeferredWritesFail(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, demo: false);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IDbSession>();
        await db.InUnitOfWorkAsync(() => db.ExecuteAsync(Insert, Row("taken")));

        // The deferred batch carries the commit on MariaDB: a failing statement in it must leave the transaction to the rollback.
        await Should.ThrowAsync<Exception>(db.InUnitOfWorkAsync(async () =>
        {
            await db.ExecuteAsync(Insert, Row("immediate"));
            db.Defer(Insert, Row("deferred"));
            db.Defer(Insert, Row("taken"));
        }));

        (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM k_settings WHERE name IN ('immediate', 'deferred')")).ShouldBe(0);
        await db.InUnitOfWorkAsync(() => db.ExecuteAsync(Insert, Row("after")));
        (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM k_settings WHERE name = 'after'")).ShouldBe(1);
    }
}
