namespace Ektu.Qa.Kernel.Data;

/// <summary>
/// A module's seed data: reference data at every start (idempotent) and demo data when asked. Registered as a scoped
/// service; <see cref="DataSeeder"/> runs the contributors in module dependency order.
/// </summary>
public interface IDataSeedContributor
{
    Task SeedAsync(bool demo, CancellationToken ct = default);
}
