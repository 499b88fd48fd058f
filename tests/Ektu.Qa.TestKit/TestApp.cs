using System.Security.Claims;
using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Modularity;
using Ektu.Qa.Kernel.MySql;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.QualityPolicy;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.TestKit;

/// <summary>
/// The real modules on a fresh test database, without HTTP: migrated, seeded (static roles; demo organisation and
/// users when asked), with a fake clock. <see cref="AsAsync"/> runs code as a user inside one unit of work.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TestDatabase _db;
    private readonly bool _ownsDatabase;

    private TestApp(WebApplication app, TestDatabase db, FakeClock clock, bool ownsDatabase = true)
    {
        _app = app;
        _db = db;
        _ownsDatabase = ownsDatabase;
        Clock = clock;
    }

    public IServiceProvider Services => _app.Services;

    public FakeClock Clock { get; }

    public string Provider => _db.Provider;

    /// <summary>A fresh app; <c>configure</c> adds configuration or services before the modules are added.</summary>
    public static async Task<TestApp> StartAsync(string provider, bool demo = true, DateTime? now = null,
        Action<WebApplicationBuilder>? configure = null)
    {
        var db = await TestDatabase.CreateAsync(provider);
        var (app, clock) = Build(db, now, configure);
        await app.Services.GetRequiredService<MigrationRunner>().RunAsync();
        await DataSeeder.SeedAsync(app.Services, demo);
        await RegisterJobsAsync(app);
        return new TestApp(app, db, clock);
    }

    /// <summary>
    /// A second app on <paramref name="first"/>'s database, as another host on one server would be: its own container,
    /// connection pool and caches; nothing migrated or seeded again. The first app owns (and drops) the database.
    /// </summary>
    public static async Task<TestApp> AttachAsync(TestApp first, Action<WebApplicationBuilder>? configure = null)
    {
        var (app, clock) = Build(first._db, first.Clock.UtcNow, configure);
        await RegisterJobsAsync(app);
        return new TestApp(app, first._db, clock, ownsDatabase: false);
    }

    private static (WebApplication App, FakeClock Clock) Build(TestDatabase db, DateTime? now, Action<WebApplicationBuilder>? configure)
    {
        var provider = db.Provider;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Testing", ContentRootPath = Path.Combine(Path.GetTempPath(), "ektu-qa-tests"),
            Args = ["--hostBuilder:reloadConfigOnChange=false"], // as the host: no watcher on a content root that holds the test databases
        });
        builder.Configuration["Database:Provider"] = provider;
        builder.Configuration["Database:ConnectionString"] = db.ConnectionString;
        builder.Configuration["QualityPolicy:FileStorePath"] =
            Path.Combine(Path.GetTempPath(), "ektu-qa-tests", "files-" + Guid.NewGuid().ToString("N"));
        // Quartz keeps a process-wide repository of schedulers by name: every TestApp gets its own.
        builder.Configuration["Scheduling:SchedulerName"] = "qa-test-" + Guid.NewGuid().ToString("N");
        // Service tests count the instances and tasks they start; the host's tests keep the demo's running processes.
        builder.Configuration["Database:SeedDemoProcesses"] = "false";
        var clock = new FakeClock(now ?? new DateTime(2026, 3, 2, 6, 0, 0, DateTimeKind.Utc));
        builder.Services.AddSingleton<IClock>(clock);
        if (provider == TestDatabases.MySql) builder.Services.AddQaMySql(db.ConnectionString);
        configure?.Invoke(builder);
        builder.AddQaModules(TestModules.All());
        return (builder.Build(), clock);
    }

    /// <summary>
    /// The modules' jobs are stored by the Kernel's registrar at host start; a TestApp is not started, so register them
    /// here (the scheduler itself stays off): scheduling a one-shot trigger needs its job in the store.
    /// </summary>
    private static async Task RegisterJobsAsync(WebApplication app)
    {
        foreach (var registrar in app.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>()
                     .Where(h => h.GetType().Namespace == typeof(Kernel.Scheduling.IQaScheduler).Namespace))
            await registrar.StartAsync(CancellationToken.None);
    }

    /// <summary>Runs <paramref name="work"/> as the demo user <paramref name="userName"/> in one committed unit of work.</summary>
    public async Task<T> AsAsync<T>(string userName, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var session = sp.GetRequiredService<IDbSession>();
        var id = await session.ExecuteScalarAsync<string>("SELECT id FROM id_users WHERE user_name = @userName", new { userName })
            ?? throw new InvalidOperationException($"No user '{userName}'.");
        var stamp = await session.ExecuteScalarAsync<string>("SELECT security_stamp FROM id_users WHERE user_name = @userName", new { userName });
        var principal = CurrentUser.For(Guid.Parse(id), userName);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(QaClaimTypes.SecurityStamp, stamp!));
        sp.GetRequiredService<CurrentUser>().Use(principal);
        return await session.InUnitOfWorkAsync(() => work(sp));
    }

    public Task AsAsync(string userName, Func<IServiceProvider, Task> work) =>
        AsAsync(userName, async sp => { await work(sp); return 0; });

    /// <summary>Reads without a user (no unit of work): for assertions on raw tables.</summary>
    public async Task<T> QueryAsync<T>(Func<IDbSession, Task<T>> read)
    {
        await using var scope = Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<IDbSession>());
    }

    public async ValueTask DisposeAsync()
    {
        // A scheduler a test started keeps signalling through the container: stop it first, or it meets a disposed provider.
        // Only this app's scheduler (its name is unique): the repository is process-wide and other tests' schedulers run in it.
        if (_app.Services.GetService<Quartz.ISchedulerFactory>() is { } factory)
            foreach (var scheduler in await factory.GetAllSchedulers())
                if (scheduler.SchedulerName == _app.Configuration["Scheduling:SchedulerName"])
                    await scheduler.Shutdown(waitForJobsToComplete: true);
        await _app.DisposeAsync();
        if (_ownsDatabase) await _db.DisposeAsync();
    }
}
