using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.ProgrammeMonitoring.Programmes;

namespace Ektu.Qa.QaCommission.Plans;

/// <summary>
/// Links monitoring events planned with a free-text programme to the register when the text is the group code of exactly one
/// programme of the commission's school (codes are shared by programmes of a group, so an ambiguous code stays text). It is
/// here rather than in the migration because the register belongs to ProgrammeMonitoring, whose tables this module never
/// reads; it runs at every start and touches only unlinked rows, each change audited.
/// </summary>
internal sealed class MonitoringEventLinker(
    IDbSession db, PlanRepository plans, IProgrammeIntegrationService programmes, AuditContext<QaCommissionContractsModule> audit, IClock clock)
    : IDataSeedContributor
{
    public Task SeedAsync(bool demo, CancellationToken ct = default) => db.InUnitOfWorkAsync(async () =>
    {
        var unlinked = await plans.GetUnlinkedEventsAsync(ct);
        if (unlinked.Count == 0) return;
        var byCode = (await programmes.GetProgrammesAsync(ct))
            .ToLookup(p => (p.SchoolId, p.GroupCode.Trim().ToUpperInvariant()));
        foreach (var e in unlinked)
        {
            var matches = byCode[(e.SchoolUnitId, e.Programme.Trim().ToUpperInvariant())].ToList();
            if (matches.Count != 1) continue;
            await plans.LinkEventAsync(e.Id, matches[0].Id, clock.UtcNow, audit.By, ct);
            await audit.WriteAsync("MonitoringEvent", e.Id, "ProgrammeLinked",
                [new AuditChange("ProgrammeId", null, matches[0].Id.ToString())], ct, unitId: e.SchoolUnitId);
        }
    }, ct);
}
