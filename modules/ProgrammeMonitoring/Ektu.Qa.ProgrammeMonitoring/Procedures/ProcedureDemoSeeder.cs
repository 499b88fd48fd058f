using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.ProgrammeMonitoring.Procedures;

/// <summary>
/// Demo only: the eleven procedures with their owners — the office's own (AQD) and the schools' (SITIS, SEM) — and their
/// runs planned as the nightly job would, some already overdue and one recorded. Skipped when any procedure exists.
/// </summary>
internal sealed class ProcedureDemoSeeder(IDbSession db, ProcedureRepository repo, ProcedureAppService procedures,
    IIdentityIntegrationService identity, IClock clock, IUserClock userClock) : IDataSeedContributor
{
    private static readonly (int Number, string Unit, ProcedureCycle Cycle, string Owner)[] Owners =
    [
        (1, "SITIS", ProcedureCycle.Yearly, "Chair of the school council"), (1, "SEM", ProcedureCycle.Yearly, "Chair of the school council"),
        (2, "AQD", ProcedureCycle.Yearly, "Head of the Academic Affairs Office"),
        (3, "SITIS", ProcedureCycle.Yearly, "Heads of graduating departments"), (3, "SEM", ProcedureCycle.Yearly, "Heads of graduating departments"),
        (4, "SITIS", ProcedureCycle.EachSemester, "Dean"), (5, "AQD", ProcedureCycle.EachSemester, "Academic Affairs Office"),
        (6, "SITIS", ProcedureCycle.Yearly, "Dean"), (7, "SITIS", ProcedureCycle.EachSemester, "Dean"),
        (7, "SEM", ProcedureCycle.EachSemester, "Dean"), (8, "AQD", ProcedureCycle.Yearly, "Internal audit group"),
        (9, "AQD", ProcedureCycle.Yearly, "Academic Quality Department"), (10, "AQD", ProcedureCycle.Yearly, "Academic Council"),
        (11, "AQD", ProcedureCycle.Yearly, "Academic Affairs Office"),
    ];

    public async Task SeedAsync(bool demo, CancellationToken ct = default)
    {
        if (!demo) return;
        await db.InUnitOfWorkAsync(async () =>
        {
            if (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM pm_procedures", ct: ct) > 0) return;
            var units = (await identity.GetUnitsAsync(ct)).ToDictionary(u => u.Code, u => u.Id);
            if (!units.ContainsKey("AQD") || !units.ContainsKey("SITIS") || !units.ContainsKey("SEM")) return;
            var today = userClock.Today;
            for (var i = 0; i < Owners.Length; i++)
            {
                var (number, unit, cycle, owner) = Owners[i];
                // First due days spread over the past months, so some runs are overdue and the calendar is not one column.
                var first = today.AddMonths(-(i % 5) - 1).AddDays(i);
                await repo.InsertProcedureAsync(Guid.NewGuid(), new SaveProcedureInput
                {
                    Number = number, UnitId = units[unit], OwnerName = owner, Cycle = cycle,
                }, first, clock.UtcNow, "system", ct);
            }
            await procedures.PlanDueRunsAsync(today.AddDays(ProcedureRunPlanJob.HorizonDays), ct);
            var done = await repo.RunsAsync(true, [], null, today, today, ct);
            if (done.Count > 0)
                await repo.RecordRunAsync(done[0].Id, "Reviewed with the employers' council; two electives proposed.", done[0].DueOn, null,
                    done[0].Version, clock.UtcNow, "system", ct);
        }, ct);
    }
}
