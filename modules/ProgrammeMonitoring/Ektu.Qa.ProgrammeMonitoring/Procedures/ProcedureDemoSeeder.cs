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
        (1, "SITIS", ProcedureCycle.Yearly, "SchoolCouncilChair"), (1, "SEM", ProcedureCycle.Yearly, "SchoolCouncilChair"),
        (2, "AQD", ProcedureCycle.Yearly, "AcademicAffairsHead"),
        (3, "SITIS", ProcedureCycle.Yearly, "GraduatingHeads"), (3, "SEM", ProcedureCycle.Yearly, "GraduatingHeads"),
        (4, "SITIS", ProcedureCycle.EachSemester, "Dean"), (5, "AQD", ProcedureCycle.EachSemester, "AcademicAffairs"),
        (6, "SITIS", ProcedureCycle.Yearly, "Dean"), (7, "SITIS", ProcedureCycle.EachSemester, "Dean"),
        (7, "SEM", ProcedureCycle.EachSemester, "Dean"), (8, "AQD", ProcedureCycle.Yearly, "InternalAudit"),
        (9, "AQD", ProcedureCycle.Yearly, "Aqd"), (10, "AQD", ProcedureCycle.Yearly, "AcademicCouncil"),
        (11, "AQD", ProcedureCycle.Yearly, "AcademicAffairs"),
    ];

    /// <summary>The owners' names in Kazakh, Russian and English, as an administrator types them in the form.</summary>
    private static readonly Dictionary<string, (string Kk, string Ru, string En)> Names = new()
    {
        ["SchoolCouncilChair"] = ("Мектеп кеңесінің төрағасы", "Председатель совета школы", "Chair of the school council"),
        ["AcademicAffairsHead"] = ("Академиялық қызмет жөніндегі басқарманың басшысы", "Начальник управления по академической деятельности",
            "Head of the Academic Affairs Office"),
        ["GraduatingHeads"] = ("Бітіртуші кафедралардың меңгерушілері", "Заведующие выпускающими кафедрами", "Heads of graduating departments"),
        ["Dean"] = ("Декан", "Декан", "Dean"),
        ["AcademicAffairs"] = ("Академиялық қызмет жөніндегі басқарма", "Управление по академической деятельности", "Academic Affairs Office"),
        ["InternalAudit"] = ("Ішкі аудит тобы", "Группа внутреннего аудита", "Internal audit group"),
        ["Aqd"] = ("Академиялық сапа бөлімі", "Департамент академического качества", "Academic Quality Department"),
        ["AcademicCouncil"] = ("Академиялық кеңес", "Академический совет", "Academic Council"),
    };

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
                    Number = number, UnitId = units[unit], OwnerName = Names[owner].Kk, OwnerNameRu = Names[owner].Ru,
                    OwnerNameEn = Names[owner].En, Cycle = cycle,
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
