using System.Data.Common;
using Dapper;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.MySql;
using Ektu.Qa.TestKit;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Kernel.Tests.Data;

public sealed class ConnectionPoolTests
{
    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Session_Should_ReuseTheConnectionOfTheLastUnitOfWork_When_ItEnded(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, demo: false);
        DbConnection first, second;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IDbSession>();
            await Should.ThrowAsync<InvalidOperationException>(db.InUnitOfWorkAsync(async () =>
            {
                await db.ExecuteAsync("INSERT INTO k_notifications (id, user_id, title_key, args, link, read_at, version, created_at, created_by, " +
                    "updated_at, updated_by) "
                    + "VALUES (@id, @id, 'Test:Pool', '[]', NULL, NULL, 1, @now, 't', @now, 't')",
                        new { id = Guid.NewGuid(), now = DateTime.UtcNow });
                throw new InvalidOperationException("fails after its write");
            }));
            first = await db.GetConnectionAsync();
        }
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IDbSession>();
            second = await db.GetConnectionAsync();
            // The reused connection carries no leftover of the rolled-back unit of work.
            (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM k_notifications WHERE title_key = 'Test:Pool'")).ShouldBe(0);
        }
        second.ShouldBeSameAs(first);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Factory_Should_ReplaceAPooledConnection_When_ItWasDroppedWhileIdle(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var factory = provider == TestDatabases.MySql
            ? (IDbConnectionFactory)new MySqlConnectionFactory(db.ConnectionString, pingAfterIdle: TimeSpan.Zero)
            : new SqliteConnectionFactory(db.ConnectionString, Path.GetTempPath());
        await using var closesPooled = (IAsyncDisposable)factory;
        var cn = await factory.OpenAsync();
        var killer = await factory.OpenAsync();
        var id = provider == TestDatabases.MySql ? await cn.ExecuteScalarAsync<long>("SELECT CONNECTION_ID()") : 0;
        await factory.ReleaseAsync(cn);
        if (provider == TestDatabases.MySql)
        {
            // The server ends the idle connection; the client still believes it open until it talks to the server.
            await killer.ExecuteAsync($"KILL {id}");
        }
        else
        {
            await cn.CloseAsync();
        }
        var next = await factory.OpenAsync();
        next.ShouldNotBeSameAs(cn);
        (await next.ExecuteScalarAsync<long>("SELECT 1")).ShouldBe(1);
        if (provider == TestDatabases.MySql) (await next.ExecuteScalarAsync<long>("SELECT CONNECTION_ID()")).ShouldNotBe(id);
        await factory.ReleaseAsync(next);
        await factory.ReleaseAsync(killer);
    }

    [MySqlFact]
    public async Task Factory_Should_DropTheConnectionAndHandOutANewOne_When_AKilledConnectionFailedInsideThePingWindow()
    {
        // Killed less than PingAfterIdle after its last use, the connection is handed out unchecked (the price of no round
        // trip per checkout, measured by build/bench-pool): its first command fails, and the driver's closing it must
        // keep it out of the pool, so only that one unit of work fails.
        await using var db = await TestDatabase.CreateAsync(TestDatabases.MySql);
        await using var factory = new MySqlConnectionFactory(db.ConnectionString, pingAfterIdle: TimeSpan.FromHours(1));
        var cn = await factory.OpenAsync();
        var killer = await factory.OpenAsync();
        var id = await cn.ExecuteScalarAsync<long>("SELECT CONNECTION_ID()");
        await factory.ReleaseAsync(cn);
        await killer.ExecuteAsync($"KILL {id}");

        var stale = await factory.OpenAsync();
        stale.ShouldBeSameAs(cn);
        await Should.ThrowAsync<MySqlConnector.MySqlException>(stale.ExecuteScalarAsync<long>("SELECT 1"));
        await factory.ReleaseAsync(stale);

        var next = await factory.OpenAsync();
        next.ShouldNotBeSameAs(cn);
        (await next.ExecuteScalarAsync<long>("SELECT CONNECTION_ID()")).ShouldNotBe(id);
        await factory.ReleaseAsync(next);
        await factory.ReleaseAsync(killer);
    }

    [Fact]
    public async Task Pool_Should_MakeTheNextCallerWaitAndThenTimeOut_When_AllConnectionsAreOut()
    {
        var file = Path.Combine(Path.GetTempPath(), $"ektu-qa-pool-{Guid.NewGuid():N}.db");
        await using var pool = new ConnectionPool(async ct =>
        {
            var cn = new SqliteConnection($"Data Source={file};Pooling=False");
            await cn.OpenAsync(ct);
            return cn;
        }, _ => Task.FromResult(true), maxSize: 1, waitForConnection: TimeSpan.FromMilliseconds(200), validateAfterIdle: TimeSpan.MaxValue);
        var held = await pool.RentAsync(CancellationToken.None);
        await Should.ThrowAsync<TimeoutException>(pool.RentAsync(CancellationToken.None));
        var waiting = pool.RentAsync(CancellationToken.None);
        await pool.ReturnAsync(held);
        (await waiting).ShouldBeSameAs(held);
        await pool.ReturnAsync(held);
        File.Delete(file);
    }
}
