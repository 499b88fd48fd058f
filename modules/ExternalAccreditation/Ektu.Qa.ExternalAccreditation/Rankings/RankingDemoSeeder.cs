using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.ProgrammeMonitoring.Programmes;

namespace Ektu.Qa.ExternalAccreditation.Rankings;

/// <summary>
/// Demo only: four editions of the international rankings (a trend to chart) and three of Atameken for the register's
/// programmes, about half of them in the top 5 of their direction. Skipped when any entry exists.
/// </summary>
internal sealed class RankingDemoSeeder(IDbSession db, RankingRepository repo, IProgrammeIntegrationService programmes, IClock clock,
    IUserClock local) : IDataSeedContributor
{
    private static readonly (string Code, int?[] Positions, string? Band)[] Institutional =
    [
        ("QS-AUR", [401, 368, 331, 301], null),
        ("UI-GREENMETRIC", [512, 470, 431, 395], null),
        ("WEBOMETRICS", [3890, 3712, 3655, 3480], null),
        ("THE-IMPACT", [null, null, null, null], "1001–1500"),
    ];

    public async Task SeedAsync(bool demo, CancellationToken ct = default)
    {
        if (!demo) return;
        await db.InUnitOfWorkAsync(async () =>
        {
            if (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM ea_ranking_entries", ct: ct) > 0) return;
            var systems = (await repo.SystemsAsync(ct)).ToDictionary(s => s.Code);
            var last = local.Today.Year - 1;
            var now = clock.UtcNow;
            foreach (var (code, positions, band) in Institutional)
            {
                if (!systems.TryGetValue(code, out var s)) continue;
                for (var i = 0; i < positions.Length; i++)
                    await repo.InsertEntryAsync(Guid.NewGuid(), new SaveRankingEntryInput
                    {
                        SystemId = s.Id, Year = last - positions.Length + 1 + i, Position = positions[i], Band = band, IsPublished = true,
                        Indicators = "Academic reputation, employer reputation, faculty/student ratio, citations per faculty",
                    }, now, "system", ct);
            }
            if (systems.TryGetValue("QS-STARS", out var stars))
                await repo.InsertEntryAsync(Guid.NewGuid(), new SaveRankingEntryInput
                {
                    SystemId = stars.Id, Year = last, Band = "★★★", IsPublished = false,
                    Indicators = "Teaching, employability, academic development",
                }, now, "system", ct);
            if (!systems.TryGetValue("ATAMEKEN", out var atameken)) return;
            var list = (await programmes.GetProgrammesAsync(ct)).Where(p => p.Status != ProgrammeStatus.Closed).OrderBy(p => p.GroupCode).ToList();
            for (var year = last - 2; year <= last; year++)
                for (var i = 0; i < list.Count; i++)
                    await repo.InsertEntryAsync(Guid.NewGuid(), new SaveRankingEntryInput
                    {
                        // Positions improve a little each year, so the share in the top 5 grows.
                        SystemId = atameken.Id, Year = year, ProgrammeId = list[i].Id, Position = 2 + (i * 3 + 5 * (last - year)) % 9,
                        IsPublished = year < last,
                    }, now, "system", ct);
        }, ct);
    }
}
