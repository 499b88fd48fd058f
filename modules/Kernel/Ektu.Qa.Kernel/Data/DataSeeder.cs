using Ektu.Qa.Kernel.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Kernel.Data;

/// <summary>Runs every module's <see cref="IDataSeedContributor"/> in registration order, which is module dependency order.</summary>
public static class DataSeeder
{
    public static async Task SeedAsync(IServiceProvider services, bool demo, CancellationToken ct = default)
    {
        // Seeding runs before the host starts its hosted services, but a demo that starts a process schedules the process's
        // timers when it commits, and Quartz refuses a trigger whose job is not stored yet. Storing the jobs is idempotent:
        // the host's start stores them again.
        if (services.GetService<QaJobRegistrar>() is { } jobs) await jobs.RegisterAsync(ct);
        await using var scope = services.CreateAsyncScope();
        foreach (var contributor in scope.ServiceProvider.GetServices<IDataSeedContributor>())
            await contributor.SeedAsync(demo, ct);
    }
}
