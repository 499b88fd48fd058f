using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.ProgrammeMonitoring.Curriculum;
using Ektu.Qa.ProgrammeMonitoring.Programmes;

namespace Ektu.Qa.ProgrammeMonitoring.Data;

/// <summary>
/// Demo only: two programmes of SITIS (Information technology, approved and in the national register with an open
/// proposal; a master's programme in draft) and one of SEM (Mining engineering, approved). Skipped when any programme exists.
/// </summary>
internal sealed class ProgrammeDemoSeeder(IDbSession db, IIdentityIntegrationService identity, ProgrammeRepository repo, IClock clock)
    : IDataSeedContributor
{
    private const string By = "system";

    public async Task SeedAsync(bool demo, CancellationToken ct = default)
    {
        if (!demo) return;
        await db.InUnitOfWorkAsync(async () =>
        {
            if (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM pm_programmes", ct: ct) > 0) return;
            var units = (await identity.GetUnitsAsync(ct)).ToDictionary(u => u.Code, u => u.Id);
            if (!units.ContainsKey("SITIS-CS") || !units.ContainsKey("SEM-MIN")) return;
            var now = clock.UtcNow;

            var it = DemoProgrammes.InformationTechnology(units["SITIS"], units["SITIS-CS"]);
            var id = await AddAsync(it, now, ct);
            await ApproveAsync(id, 1, now, ct);
            var proposal = it with
            {
                TitleKk = "Ақпараттық технологиялар және жасанды интеллект",
                Courses = [.. it.Courses,
                    new Course("AIE301", "Жасанды интеллект негіздері", "Основы искусственного интеллекта", "Foundations of AI", 5, 5)],
                Map = [.. it.Map, new MapCell(3, "AIE301", CoverageLevel.Reinforced)],
            };
            await repo.InsertVersionAsync(Version(id, 2, 1, proposal, now), ct);
            await repo.InsertRegisterEventAsync(id, new RegisterEventDto
            {
                Id = Guid.NewGuid(), Kind = RegisterEventKind.Included, OccurredOn = DateOnly.FromDateTime(now).AddMonths(-6),
                Reference = "ББ тізілімі, 6B06100",
                CreatedAt = now, CreatedBy = By,
            }, ct);
            await repo.UpdateAsync(new ProgrammeRow(id, proposal, ProgrammeStatus.InNationalRegister, 1, 2, 1), 1, now, By, ct);

            await AddAsync(DemoProgrammes.InformationSystemsMaster(units["SITIS"], units["SITIS-IS"]), now, ct);

            var mining = DemoProgrammes.MiningEngineering(units["SEM"], units["SEM-MIN"]);
            var miningId = await AddAsync(mining, now, ct);
            await ApproveAsync(miningId, 1, now, ct);
            await repo.UpdateAsync(new ProgrammeRow(miningId, mining, ProgrammeStatus.Approved, 1, 1, 0), 1, now, By, ct);
        }, ct);
    }

    private async Task<Guid> AddAsync(ProgrammeContent c, DateTime now, CancellationToken ct)
    {
        var id = Guid.NewGuid();
        await repo.InsertAsync(id, c, now, By, ct);
        await repo.InsertVersionAsync(Version(id, 1, null, c, now), ct);
        return id;
    }

    private Task ApproveAsync(Guid id, int number, DateTime now, CancellationToken ct) =>
        repo.SetVersionStateAsync(id, number, VersionState.Approved, now, By, ct);

    private static ProgrammeVersionDto Version(Guid id, int number, int? parent, ProgrammeContent c, DateTime now) => new()
    {
        ProgrammeId = id, Number = number, ParentNumber = parent, BaseNumber = parent, State = VersionState.Open, Content = c,
        CreatedAt = now, CreatedBy = By,
    };
}
