using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.ExternalAccreditation.Rankings;

/// <summary>
/// Reference data at every start: the rankings the university takes part in (000 §Mechanisms), each added when its code
/// is missing, so an edited or deactivated system stays as the university left it.
/// </summary>
internal sealed class RankingSystemSeeder(IDbSession db, RankingRepository repo, IClock clock) : IDataSeedContributor
{
    internal static readonly SaveRankingSystemInput[] Known =
    [
        new() { Code = "QS-WUR", Name = "QS World University Rankings" },
        new() { Code = "QS-AUR", Name = "QS Asia University Rankings" },
        new() { Code = "THE-IMPACT", Name = "THE Impact Rankings" },
        new() { Code = "QS-STARS", Name = "QS Stars" },
        new() { Code = "UI-GREENMETRIC", Name = "UI GreenMetric World University Rankings" },
        new() { Code = "WEBOMETRICS", Name = "Webometrics Ranking of World Universities" },
        new() { Code = "ATAMEKEN", Name = "Atameken — рейтинг образовательных программ", RanksProgrammes = true },
    ];

    public Task SeedAsync(bool demo, CancellationToken ct = default) => db.InUnitOfWorkAsync(async () =>
    {
        var codes = (await repo.SystemsAsync(ct)).Select(s => s.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var s in Known.Where(s => !codes.Contains(s.Code)))
            await repo.InsertSystemAsync(Guid.NewGuid(), s, clock.UtcNow, "system", ct);
    }, ct);
}
