using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.ProgrammeMonitoring.Effectiveness;

/// <summary>
/// Demo only: four years of the six indicators for the approved programmes of SITIS (improving) and SEM (slipping), so the
/// assessment shows all three statuses and the charts have a line. Skipped when any value exists.
/// </summary>
internal sealed class EffectivenessDemoSeeder(IDbSession db, EffectivenessRepository repo, IClock clock, IUserClock userClock)
    : IDataSeedContributor
{
    public async Task SeedAsync(bool demo, CancellationToken ct = default)
    {
        if (!demo) return;
        await db.InUnitOfWorkAsync(async () =>
        {
            if (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM pm_indicator_values", ct: ct) > 0) return;
            var ids = await db.QueryAsync<Guid>("SELECT id FROM pm_programmes WHERE approved_number IS NOT NULL ORDER BY group_code", ct: ct);
            var last = userClock.Today.Year - 1;
            for (var n = 0; n < ids.Count; n++)
            {
                // One programme climbs through the lines, the next slips below them.
                var step = n % 2 == 0 ? 1 : -1;
                for (var k = 0; k < 4; k++)
                {
                    var year = last - 3 + k;
                    var d = step * k;
                    await SaveAsync(ids[n], year, EffectivenessIndicator.Enrolment, 22 + 3 * d, ct);
                    await SaveAsync(ids[n], year, EffectivenessIndicator.Progression, 80 + 2.5m * d, ct);
                    await SaveAsync(ids[n], year, EffectivenessIndicator.Completion, 75 + 3 * d, ct);
                    await SaveAsync(ids[n], year, EffectivenessIndicator.Employment, 70 + 4 * d, ct);
                    await SaveAsync(ids[n], year, EffectivenessIndicator.Satisfaction, 76 + 2 * d, ct);
                    await SaveAsync(ids[n], year, EffectivenessIndicator.RankingPosition, 14 - 3 * d, ct);
                }
            }
        }, ct);
    }

    private Task SaveAsync(Guid id, int year, EffectivenessIndicator i, decimal value, CancellationToken ct) =>
        repo.UpsertValueAsync(id, year, i, Math.Max(1, value), clock.UtcNow, "system", ct);
}
