using System.Data.Common;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Kernel.Tests.Data;

/// <summary>
/// Two hosts' caches of one area on one database, as two <see cref="CacheVersions"/> (the test app's and a second one):
/// a change committed through one moves the other's generation within the check interval; a rolled-back one does not.
/// </summary>
public sealed class CacheVersionsTests
{
    private const string Area = "Test.Area";
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task CurrentAsync_Should_MoveOnOnTheOtherNode_When_AChangeCommits(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, demo: false);
        var factory = app.Services.GetRequiredService<IDbConnectionFactory>();
        var a = new CacheGeneration(new CacheVersions(factory, Interval), Area);
        var b = new CacheGeneration(new CacheVersions(factory, Interval), Area);
        var before = await b.CurrentAsync();

        await InUnitOfWorkAsync(app, db => a.Invalidate(db));
        await Task.Delay(Interval * 1.5);

        (await b.CurrentAsync()).ShouldBeGreaterThan(before);
        var unchanged = await b.CurrentAsync();
        await Task.Delay(Interval * 1.5);
        (await b.CurrentAsync()).ShouldBe(unchanged, "nothing changed since");
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task CurrentAsync_Should_StayOnTheOtherNode_When_TheChangeRollsBack(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, demo: false);
        var factory = app.Services.GetRequiredService<IDbConnectionFactory>();
        var a = new CacheGeneration(new CacheVersions(factory, Interval), Area);
        var b = new CacheGeneration(new CacheVersions(factory, Interval), Area);
        var before = await b.CurrentAsync();

        await Should.ThrowAsync<InvalidOperationException>(() => InUnitOfWorkAsync(app, db =>
        {
            a.Invalidate(db);
            throw new InvalidOperationException("rolled back");
        }));
        await Task.Delay(Interval * 1.5);

        (await b.CurrentAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task GetAsync_Should_ReadTheDatabaseOncePerInterval_When_AskedOften()
    {
        await using var app = await TestApp.StartAsync(TestDatabases.Sqlite, demo: false);
        var counting = new CountingFactory(app.Services.GetRequiredService<IDbConnectionFactory>());
        var versions = new CacheVersions(counting, TimeSpan.FromSeconds(30));

        await Task.WhenAll(Enumerable.Range(0, 200).Select(async _ => await versions.GetAsync(Area)));

        counting.Opened.ShouldBe(1);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Bump_Should_CountEveryChangeWithoutADeadlock_When_ManyUnitsOfWorkBumpOneAreaAtOnce(string provider)
    {
        // Insert-ignore before the update made two concurrent bumps of one area deadlock on MariaDB (both took the row's
        // shared lock, then each waited for the other's to write): the cluster test's requests then failed at their commit.
        await using var app = await TestApp.StartAsync(provider, demo: false);
        var versions = new CacheVersions(app.Services.GetRequiredService<IDbConnectionFactory>(), TimeSpan.Zero);
        await InUnitOfWorkAsync(app, db => CacheVersions.Bump(db, Area));
        var before = await versions.GetAsync(Area);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 15; i++) await InUnitOfWorkAsync(app, db => CacheVersions.Bump(db, Area));
        })));

        (await versions.GetAsync(Area)).ShouldBe(before + 120);
    }

    private static async Task InUnitOfWorkAsync(TestApp app, Action<IDbSession> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IDbSession>();
        await db.InUnitOfWorkAsync(() =>
        {
            work(db);
            return Task.CompletedTask;
        });
    }

    private sealed class CountingFactory(IDbConnectionFactory inner) : IDbConnectionFactory
    {
        private int _opened;

        public int Opened => Volatile.Read(ref _opened);

        public ISqlDialect Dialect => inner.Dialect;

        public Task<DbConnection> OpenAsync(CancellationToken ct = default)
        {
            Interlocked.Increment(ref _opened);
            return inner.OpenAsync(ct);
        }

        public ValueTask ReleaseAsync(DbConnection connection) => inner.ReleaseAsync(connection);
    }
}
