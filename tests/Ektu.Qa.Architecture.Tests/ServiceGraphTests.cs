using Ektu.Qa.Kernel.Menus;
using Ektu.Qa.TestKit;
using Ektu.Qa.Workflow.Records;
using Ektu.Qa.Workflow.Tasks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Architecture.Tests;

/// <summary>
/// The real host's container ends the resolutions every page starts. A record provider whose module's services reach the
/// workflow's task service again closes a cycle the container cannot see through a factory registration: resolving never
/// ends (or overflows the stack), and every page, whose menu shows the inbox badge, hangs.
/// </summary>
public sealed class ServiceGraphTests
{
    [Fact]
    public async Task Resolve_Should_End_When_TaskServiceAndEveryWorkflowRecordProviderAreResolved()
    {
        await using var db = await TestDatabase.CreateAsync(TestDatabases.Sqlite);
        await using var host = new HostFactory(db);
        await using var scope = host.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;

        // On a thread of its own: a resolution that never ends must not take the test runner's threads with it.
        var resolving = Task.Factory.StartNew(() =>
        {
            sp.GetRequiredService<ITaskAppService>();
            sp.GetServices<IMenuBadge>().ToList();
            return sp.GetServices<IWorkflowRecordProvider>().Select(p => p.GetType().Name).ToList();
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var providers = await resolving.WaitAsync(TimeSpan.FromSeconds(60));

        providers.ShouldContain("AssessmentRecord");
        providers.Count.ShouldBeGreaterThanOrEqualTo(4);
    }

    /// <summary>The host's own Program on a fresh database, migrated as at a first start (no demo data: only services are asked for).</summary>
    private sealed class HostFactory(TestDatabase db) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            var files = Path.Combine(Path.GetTempPath(), "ektu-qa-tests", "graph-" + Guid.NewGuid().ToString("N"));
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", db.Provider);
            builder.UseSetting("Database:ConnectionString", db.ConnectionString);
            builder.UseSetting("Database:MigrateOnStart", "true");
            builder.UseSetting("Database:SeedDemoData", "false");
            builder.UseSetting("QualityPolicy:FileStorePath", Path.Combine(files, "files"));
            builder.UseSetting("Reporting:ArchivePath", Path.Combine(files, "reports"));
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        }
    }
}
