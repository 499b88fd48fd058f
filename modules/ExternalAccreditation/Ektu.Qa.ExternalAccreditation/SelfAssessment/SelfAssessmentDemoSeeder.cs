using Ektu.Qa.ExternalAccreditation.Agencies;
using Ektu.Qa.ExternalAccreditation.Readiness;
using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.ExternalAccreditation.SelfAssessment;

/// <summary>
/// Demo only: evidence documents of two schools (one of them stale), an IAAR self-assessment of SITIS and an IQAA one of
/// SEM, partly written (complete, incomplete and stale criteria to see). Skipped when any self-assessment exists.
/// </summary>
internal sealed class SelfAssessmentDemoSeeder(IDbSession db, IIdentityIntegrationService identity, SelfAssessmentRepository repo,
    ReadinessRepository evidence, AgencyRepository agencies, IClock clock, IUserClock local) : IDataSeedContributor
{
    public async Task SeedAsync(bool demo, CancellationToken ct = default)
    {
        if (!demo) return;
        await db.InUnitOfWorkAsync(async () =>
        {
            if (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM ea_self_assessments", ct: ct) > 0) return;
            var unitList = await identity.GetUnitsAsync(ct);
            var sitis = unitList.FirstOrDefault(u => u.Code == "SITIS");
            var sem = unitList.FirstOrDefault(u => u.Code == "SEM");
            var byCode = (await agencies.ListAsync(ct)).ToDictionary(a => a.Code);
            if (sitis == null || sem == null || !byCode.TryGetValue("IAAR", out var iaar) || !byCode.TryGetValue("IQAA", out var iqaa)) return;
            var today = local.Today;
            var now = clock.UtcNow;
            var policy = await DocAsync(sitis.Id, "Политика в области качества школы ИТиИС", 1, today.AddMonths(-3), now, ct);
            var plan = await DocAsync(sitis.Id, "Отчёт о мониторинге образовательных программ 2024–2025", 9, today.AddMonths(-5), now, ct);
            var old = await DocAsync(sitis.Id, "Положение о разработке образовательных программ (редакция 2021)", 2, today.AddMonths(-30), now, ct);
            var semPolicy = await DocAsync(sem.Id, "Политика в области качества школы ЭиМ", 1, today.AddMonths(-2), now, ct);

            var sitisSa = await SelfAssessmentAsync(sitis.Id, iaar.Id, "Самооценка ОП школы ИТиИС для IAAR", now, ct);
            var semSa = await SelfAssessmentAsync(sem.Id, iqaa.Id, "Институциональная самооценка школы ЭиМ для IQAA", now, ct);
            var iaarCriteria = await repo.CriteriaAsync(iaar.Id, ct);
            var iqaaCriteria = await repo.CriteriaAsync(iqaa.Id, ct);
            if (iaarCriteria.Count == 0 || iqaaCriteria.Count == 0) return;
            var first = iaarCriteria[0];
            await repo.SaveNarrativeAsync(sitisSa, first.Id, new SaveNarrativeInput
            {
                TextRu = "Политика в области качества утверждена учёным советом и размещена на сайте; её знание проверяется опросом.",
                TextKk = "Сапа саласындағы саясат ғылыми кеңесте бекітіліп, сайтта жарияланған.",
            }, now, "system", ct);
            await repo.LinkAsync(sitisSa, first.Id, policy, now, "system", ct);
            await repo.LinkAsync(sitisSa, iaarCriteria[1].Id, plan, now, "system", ct);
            await repo.LinkAsync(sitisSa, iaarCriteria[2].Id, old, now, "system", ct);
            await repo.LinkAsync(semSa, iqaaCriteria[0].Id, semPolicy, now, "system", ct);
            await repo.SaveNarrativeAsync(semSa, iqaaCriteria[0].Id, new SaveNarrativeInput
            {
                TextRu = "Политика школы согласована с политикой университета и пересматривается ежегодно.",
            }, now, "system", ct);
        }, ct);
    }

    private async Task<Guid> DocAsync(Guid unitId, string title, int esg, DateOnly date, DateTime now, CancellationToken ct)
    {
        var id = Guid.NewGuid();
        await evidence.InsertEvidenceAsync(new EvidenceDocumentDto
        {
            Id = id, UnitId = unitId, Title = title, EsgStandard = esg, Period = "2024–2025", DocumentDate = date,
            Location = "https://portal.ektu.kz/qa/evidence/" + id.ToString("N")[..8],
        }, now, "system", ct);
        return id;
    }

    private async Task<Guid> SelfAssessmentAsync(Guid unitId, Guid agencyId, string title, DateTime now, CancellationToken ct)
    {
        var id = Guid.NewGuid();
        await repo.InsertAsync(id, new SaveSelfAssessmentInput { UnitId = unitId, AgencyId = agencyId, Title = title, Period = "2021–2025" },
            now, "system", ct);
        return id;
    }
}
