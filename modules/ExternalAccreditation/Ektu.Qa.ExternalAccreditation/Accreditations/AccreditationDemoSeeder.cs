using Ektu.Qa.ExternalAccreditation.Agencies;
using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.ProgrammeMonitoring.Programmes;

namespace Ektu.Qa.ExternalAccreditation.Accreditations;

/// <summary>
/// Demo only: the university's institutional accreditation (IAAR, valid), SITIS's approved programme accredited by IAAR
/// and expiring within six months with its renewal in procedure, and the mining programme conditionally accredited by
/// ASIIN with a follow-up report due. Skipped when any accreditation exists.
/// </summary>
internal sealed class AccreditationDemoSeeder(IDbSession db, IIdentityIntegrationService identity, IProgrammeIntegrationService programmes,
    AccreditationRepository repo, AgencyRepository agencies, IClock clock, IUserClock local) : IDataSeedContributor
{
    private const string By = "system";

    public async Task SeedAsync(bool demo, CancellationToken ct = default)
    {
        if (!demo) return;
        await db.InUnitOfWorkAsync(async () =>
        {
            if (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM ea_accreditations", ct: ct) > 0) return;
            var units = (await identity.GetUnitsAsync(ct)).ToDictionary(u => u.Code, u => u.Id);
            var agency = (await agencies.ListAsync(ct)).ToDictionary(a => a.Code, a => a.Id);
            var list = await programmes.GetProgrammesAsync(ct);
            var root = (await identity.GetUnitsAsync(ct)).FirstOrDefault(u => u.ParentId == null);
            if (root == null || !units.TryGetValue("SITIS", out var sitis) || !units.TryGetValue("SEM", out var sem)) return;
            var today = local.Today;
            var now = clock.UtcNow;

            await AddAsync(Record(root.Id, agency["IAAR"], AccreditationKind.Institutional, AccreditationReach.National,
                AccreditationDecision.Accredited, today.AddYears(-2), today.AddYears(3)), now, ct);
            var it = list.FirstOrDefault(p => p.SchoolId == sitis && p.ApprovedNumber != null);
            if (it != null)
            {
                var current = Record(sitis, agency["IAAR"], AccreditationKind.Specialised, AccreditationReach.National,
                    AccreditationDecision.Accredited, today.AddYears(-5).AddMonths(5), today.AddMonths(5), it.Id);
                await AddAsync(current, now, ct);
                await AddAsync(new AccreditationDto
                {
                    Id = Guid.NewGuid(), UnitId = sitis, AgencyId = agency["IAAR"], Kind = AccreditationKind.Specialised,
                    Reach = AccreditationReach.National, Decision = AccreditationDecision.Pending, RenewalOfId = current.Id, ProgrammeIds = [it.Id],
                }, now, ct);
            }
            var mining = list.FirstOrDefault(p => p.SchoolId == sem && p.ApprovedNumber != null);
            if (mining != null)
            {
                var conditional = Record(sem, agency["ASIIN"], AccreditationKind.Specialised, AccreditationReach.International,
                    AccreditationDecision.Conditional, today.AddMonths(-10), today.AddYears(4).AddMonths(2), mining.Id);
                conditional = new AccreditationDto
                {
                    Id = conditional.Id, UnitId = sem, AgencyId = conditional.AgencyId, Kind = conditional.Kind, Reach = conditional.Reach,
                    Decision = conditional.Decision, DecidedOn = conditional.DecidedOn, ValidFrom = conditional.ValidFrom,
                    ValidTo = conditional.ValidTo, FollowUpDueOn = today.AddMonths(2), ProgrammeIds = conditional.ProgrammeIds,
                    Conditions = "Утвердить критерии оценивания результатов горной практики",
                    Recommendations = "Привлекать работодателей к итоговой аттестации",
                };
                await AddAsync(conditional, now, ct);
                await repo.InsertReportAsync(new MonitoringReportDto
                {
                    Id = Guid.NewGuid(), AccreditationId = conditional.Id, Kind = MonitoringReportKind.FollowUp, DueOn = today.AddMonths(2),
                }, now, By, ct);
            }
        }, ct);
    }

    private Task AddAsync(AccreditationDto a, DateTime now, CancellationToken ct) => repo.InsertAsync(a, now, By, ct);

    private static AccreditationDto Record(Guid unit, Guid agency, AccreditationKind kind, AccreditationReach reach, AccreditationDecision d,
        DateOnly from, DateOnly to, params Guid[] programmeIds) => new()
    {
        Id = Guid.NewGuid(), UnitId = unit, AgencyId = agency, Kind = kind, Reach = reach, Decision = d, DecidedOn = from.AddDays(-14),
        ValidFrom = from, ValidTo = to, ProgrammeIds = programmeIds,
    };
}
