using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Kernel.Data;

/// <summary>Runs every module's <see cref="IDataSeedContributor"/> in registration order, which is module dependency order.</summary>
public static class DataSeeder
{
    public static async Task SeedAsync(IServiceProvider services, bool demo, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        foreach (var contributor in scope.ServiceProvider.GetServices<IDataSeedContributor>())
            await contributor.SeedAsync(demo, ct);
    }
}
