using System.Data.Common;
using Dapper;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Kernel.Tests.Data;

/// <summary>SQLite has one writer: units of work queue for it in the factory, in arrival order, for as long as SQLite would wait.</summary>
public sealed class SqliteWriteLockTests
{
    [Fact]
    public async Task Transactions_Should_GetTheWriteLockInArrivalOrder_When_SeveralWait()
    {
        await using var db = await TestDatabase.CreateAsync(TestDatabases.Sqlite);
        await using var factory = new SqliteConnectionFactory(db.ConnectionString, Path.GetTempPath());
        var connections = new List<DbConnection>();
        for (var i = 0; i < 3; i++) connections.Add(await factory.OpenAsync());
        await connections[0].ExecuteAsync("CREATE TABLE t (n INT NOT NULL)");

        var first = await factory.BeginTransactionAsync(connections[0], CancellationToken.None);
        var second = factory.BeginTransactionAsync(connections[1], CancellationToken.None);
        await Task.Delay(100);
        var third = factory.BeginTransactionAsync(connections[2], CancellationToken.None);
        await Task.Delay(100);
        second.IsCompleted.ShouldBeFalse();
        third.IsCompleted.ShouldBeFalse();

        await connections[0].ExecuteAsync("INSERT INTO t (n) VALUES (1)", transaction: first);
        await first.CommitAsync();
        await factory.EndTransactionAsync(first);
        var secondTx = await second.WaitAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(100);
        third.IsCompleted.ShouldBeFalse();

        // The writer that waited sees what the one before it committed, and the next one still waits for it.
        (await connections[1].ExecuteScalarAsync<long>("SELECT COUNT(*) FROM t", transaction: secondTx)).ShouldBe(1);
        await secondTx.RollbackAsync();
        await factory.EndTransactionAsync(secondTx);
        var thirdTx = await third.WaitAsync(TimeSpan.FromSeconds(10));
        await thirdTx.RollbackAsync();
        await factory.EndTransactionAsync(thirdTx);
        foreach (var cn in connections) await factory.ReleaseAsync(cn);
    }

    [Fact]
    public async Task BeginTransaction_Should_FailWithATimeout_When_TheLockStaysTakenLongerThanTheCommandTimeout()
    {
        await using var db = await TestDatabase.CreateAsync(TestDatabases.Sqlite);
        await using var factory = new SqliteConnectionFactory(db.ConnectionString + ";Default Timeout=1", Path.GetTempPath());
        var holder = await factory.OpenAsync();
        var waiter = await factory.OpenAsync();
        var held = await factory.BeginTransactionAsync(holder, CancellationToken.None);

        var ex = await Should.ThrowAsync<TimeoutException>(factory.BeginTransactionAsync(waiter, CancellationToken.None));
        ex.Message.ShouldContain("locked");

        // The failed wait took nothing: once the holder ends, the lock is free again.
        await held.RollbackAsync();
        await factory.EndTransactionAsync(held);
        var next = await factory.BeginTransactionAsync(waiter, CancellationToken.None);
        await next.RollbackAsync();
        await factory.EndTransactionAsync(next);
        await factory.ReleaseAsync(holder);
        await factory.ReleaseAsync(waiter);
    }

    [Fact]
    public async Task Session_Should_GiveTheWriteLockBack_When_ItsUnitOfWorkFailedOrWasAbandoned()
    {
        await using var app = await TestApp.StartAsync(TestDatabases.Sqlite, demo: false);
        const string insert = "INSERT INTO k_settings (name, value, version, updated_at, updated_by) VALUES (@name, 'v', 1, @now, 't')";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IDbSession>();
            await Should.ThrowAsync<InvalidOperationException>(db.InUnitOfWorkAsync(async () =>
            {
                await db.ExecuteAsync(insert, new { name = "lock-failed", now = DateTime.UtcNow });
                throw new InvalidOperationException("fails after its write");
            }));
        }
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // Begun and written, never committed: disposing the scope rolls it back.
            var db = scope.ServiceProvider.GetRequiredService<IDbSession>();
            await db.BeginAsync();
            await db.ExecuteAsync(insert, new { name = "lock-abandoned", now = DateTime.UtcNow });
        }
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IDbSession>();
            // A leaked lock would make this wait out the timeout and throw.
            await db.InUnitOfWorkAsync(() => db.ExecuteAsync(insert, new { name = "lock-next", now = DateTime.UtcNow }))
                .WaitAsync(TimeSpan.FromSeconds(10));
            (await db.QueryAsync<string>("SELECT name FROM k_settings WHERE name LIKE 'lock-%'")).ShouldBe(["lock-next"]);
        }
    }
}
