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

    [Fact]
    public async Task Clear_Should_DropIdleConnectionsAndRentedOnesOnTheirReturn_When_CalledAfterALostConnection()
    {
        var file = Path.Combine(Path.GetTempPath(), $"ektu-qa-pool-{Guid.NewGuid():N}.db");
        await using var pool = new ConnectionPool(async ct =>
        {
            var cn = new SqliteConnection($"Data Source={file};Pooling=False");
            await cn.OpenAsync(ct);
            return cn;
        }, _ => Task.FromResult(true), maxSize: 3, waitForConnection: TimeSpan.FromSeconds(5), validateAfterIdle: TimeSpan.MaxValue);
        var idle = await pool.RentAsync(CancellationToken.None);
        var rented = await pool.RentAsync(CancellationToken.None);
        await pool.ReturnAsync(idle);

        pool.Clear();
        var opened = await pool.RentAsync(CancellationToken.None);
        await pool.ReturnAsync(rented);
        await pool.ReturnAsync(opened);

        idle.State.ShouldBe(System.Data.ConnectionState.Closed);
        rented.State.ShouldBe(System.Data.ConnectionState.Closed, "rented before the clear, so opened to the same dead server");
        opened.ShouldNotBeSameAs(idle);
        pool.Idle.ShouldBe(1);
        (await pool.RentAsync(CancellationToken.None)).ShouldBeSameAs(opened, "opened after the clear, so kept");
        File.Delete(file);
    }

    [MySqlFact]
    public async Task Session_Should_SendItsFirstCommandAgainOnANewConnection_When_ThePooledOnesWereKilled()
    {
        // As a Galera writer node that died while the pool held its connections: every idle one is dead, and the requests
        // that take them must not fail for it (the cluster's fail-over test lost one request per pooled connection).
        await using var app = await TestApp.StartAsync(TestDatabases.MySql, demo: false);
        var ids = await PooledConnectionIdsAsync(app, 3);
        await KillAsync(ids);

        for (var i = 0; i < 3; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IDbSession>();
            ids.ShouldNotContain(await db.ExecuteScalarAsync<long>("SELECT CONNECTION_ID()"));
        }
    }

    [MySqlFact]
    public async Task Session_Should_FailWithoutSendingAgain_When_ItsConnectionIsLostAfterACommandWentThrough()
    {
        // A later command may depend on what the lost connection did (its open transaction is gone): only the caller can redo it.
        await using var app = await TestApp.StartAsync(TestDatabases.MySql, demo: false);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IDbSession>();
        var id = await db.ExecuteScalarAsync<long>("SELECT CONNECTION_ID()");
        await KillAsync([id]);

        var ex = await Should.ThrowAsync<MySqlConnector.MySqlException>(db.ExecuteScalarAsync<long>("SELECT 1"));
        TransientDbFailure.IsConnectionLost(ex).ShouldBeTrue(ex.ToString());
    }

    [MySqlFact]
    public async Task UnitOfWork_Should_FailWithTheLostConnectionAndGoOnWithANewOne_When_ItsConnectionDiesBeforeTheCommit()
    {
        // A Galera writer node dying between a job's work and its commit: the rollback that follows finds no connection. The
        // caller must see the lost connection (a request then answers 503, a job runs again), not the rollback's own failure.
        await using var app = await TestApp.StartAsync(TestDatabases.MySql, demo: false);
        foreach (var deferred in new[] { false, true }) // the commit alone, or carried by the deferred writes' batch
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IDbSession>();
            var ex = await Should.ThrowAsync<Exception>(db.InUnitOfWorkAsync(async () =>
            {
                var id = await db.ExecuteScalarAsync<long>("SELECT CONNECTION_ID()");
                if (deferred) db.Defer("UPDATE k_cache_versions SET version = version WHERE 1 = 0", new Dictionary<string, object?>());
                await KillAsync([id]);
            }));
            TransientDbFailure.Is(ex).ShouldBeTrue(ex.ToString());
            (await db.ExecuteScalarAsync<long>("SELECT 1")).ShouldBe(1);
        }
    }

    /// <summary>Puts <paramref name="count"/> connections into the app's pool, returning their server ids.</summary>
    private static async Task<List<long>> PooledConnectionIdsAsync(TestApp app, int count)
    {
        var scopes = Enumerable.Range(0, count).Select(_ => app.Services.CreateAsyncScope()).ToList();
        var ids = new List<long>();
        foreach (var scope in scopes)
            ids.Add(await scope.ServiceProvider.GetRequiredService<IDbSession>().ExecuteScalarAsync<long>("SELECT CONNECTION_ID()"));
        foreach (var scope in scopes) await scope.DisposeAsync();
        return ids;
    }

    private static async Task KillAsync(IEnumerable<long> ids)
    {
        var server = MySqlConnectionFactory.Normalize(TestDatabases.MySqlConnectionString!).ConnectionString;
        await using var killer = new MySqlConnector.MySqlConnection(server);
        await killer.OpenAsync();
        foreach (var id in ids) await killer.ExecuteAsync($"KILL {id}");
    }
}
