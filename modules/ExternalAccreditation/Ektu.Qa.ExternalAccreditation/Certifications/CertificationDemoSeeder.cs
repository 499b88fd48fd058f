using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.ExternalAccreditation.Certifications;

/// <summary>Demo only: the university's ISO 9001:2015 certificate with one audit held and the next planned. Skipped when any exists.</summary>
internal sealed class CertificationDemoSeeder(IDbSession db, IIdentityIntegrationService identity, CertificationRepository repo, IClock clock,
    IUserClock local) : IDataSeedContributor
{
    public async Task SeedAsync(bool demo, CancellationToken ct = default)
    {
        if (!demo) return;
        await db.InUnitOfWorkAsync(async () =>
        {
            if (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM ea_certificates", ct: ct) > 0) return;
            var root = (await identity.GetUnitsAsync(ct)).FirstOrDefault(u => u.ParentId == null);
            if (root == null) return;
            var today = local.Today;
            var id = Guid.NewGuid();
            var now = clock.UtcNow;
            await repo.InsertAsync(id, new SaveCertificateInput
            {
                UnitId = root.Id, Standard = "ISO 9001:2015", Body = "TÜV", Number = "QMS-2024-0117",
                Scope = "Образовательная, научная и инновационная деятельность", ValidFrom = today.AddYears(-1), ValidTo = today.AddYears(2),
            }, now, "system", ct);
            var held = Guid.NewGuid();
            await repo.InsertAuditAsync(held, id, today.AddMonths(-1), now, "system", ct);
            await repo.RecordAuditAsync(held, new RecordAuditInput
            {
                HeldOn = today.AddMonths(-1), Findings = "Не актуализирован реестр рисков двух кафедр", Nonconformities = 1, Version = 1,
            }, now, "system", ct);
            await repo.InsertAuditAsync(Guid.NewGuid(), id, today.AddMonths(11), now, "system", ct);
        }, ct);
    }
}
