using System.Text;
using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.QualityPolicy.Acknowledgements;
using Ektu.Qa.QualityPolicy.Documents;
using Ektu.Qa.QualityPolicy.Kpis;

namespace Ektu.Qa.QualityPolicy.Data;

/// <summary>
/// Demo content on an empty module (once): documents in each state for the demo units and two KPIs. Written
/// through the repositories, as the seed runs without a signed-in user.
/// </summary>
internal sealed class DemoDataSeeder(
    IDbSession db, IIdentityIntegrationService identity, PolicyDocumentRepository documents, FileStore files, AcknowledgementPlanner planner,
    KpiRepository kpis, IClock clock)
{
    private const string By = "system";

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM qp_documents", ct: ct) > 0) return;
        var units = (await identity.GetUnitsAsync(ct)).ToDictionary(u => u.Code, u => u.Id);
        if (!units.TryGetValue("EKTU", out var ektu) || !units.TryGetValue("SITIS", out var sitis) || !units.TryGetValue("SEM", out var sem)) return;

        await DocumentAsync("EKTU-QP-01", DocumentType.QualityPolicy, "Сапа саласындағы саясат", "Политика в области качества", "Quality policy",
            ektu, DocumentState.InForce, new DateOnly(2025, 9, 1), ct);
        await DocumentAsync("EKTU-ACP-01", DocumentType.AntiCorruptionPolicy, "Сыбайлас жемқорлыққа қарсы саясат", "Антикоррупционная политика",
            "Anti-corruption policy",
            ektu, DocumentState.InForce, new DateOnly(2022, 6, 15), ct);
        await DocumentAsync("SITIS-AIC-01", DocumentType.AcademicIntegrityCode, "Академиялық адалдық кодексі", "Кодекс академической честности",
            "Academic integrity code",
            sitis, DocumentState.Draft, null, ct);
        await DocumentAsync("SEM-REG-01", DocumentType.Regulation, "Мектеп кеңесі туралы ереже", "Положение о совете школы",
            "Regulation on the school council",
            sem, DocumentState.Approved, new DateOnly(2026, 1, 20), ct);
        await KpisAsync(ektu, ct);
    }

    private async Task DocumentAsync(string code, DocumentType type, string kk, string ru, string en, Guid unit, DocumentState state,
        DateOnly? approvedOn, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var d = new PolicyDocument
        {
            Id = Guid.NewGuid(), Code = code, Type = type, TitleKk = kk, TitleRu = ru, TitleEn = en, OwnerUnitId = unit, ScopeUnitId = unit,
            State = state, IsPublished = state == DocumentState.InForce, CurrentEdition = state == DocumentState.InForce ? 1 : 0,
        };
        if (approvedOn is { } on)
        {
            d.ApprovedOn = on;
            d.ApprovingBody = "Басқарма / Правление / Board";
            d.DecisionNumber = "№ " + (on.DayOfYear % 40 + 1);
            if (state == DocumentState.InForce)
            {
                d.InForceOn = on;
                d.ReviewDueOn = ReviewSchedule.DueOn(on);
            }
        }
        d.StampCreated(now, By);
        await documents.InsertAsync(d, ct);
        var content = Encoding.ASCII.GetBytes("%PDF-1.4\n% " + code + "\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        var (path, sha) = await files.SaveAsync(content, "pdf", ct);
        var edition = new DocumentEdition
        {
            Id = Guid.NewGuid(), DocumentId = d.Id, EditionNumber = 1, State = state, FileName = code + ".pdf", ContentType = "application/pdf",
            SizeBytes = content.Length, Sha256 = sha, StoragePath = path, ApprovedOn = d.ApprovedOn, ApprovingBody = d.ApprovingBody,
            DecisionNumber = d.DecisionNumber, InForceOn = d.InForceOn, CreatedAt = now, CreatedBy = By, UpdatedAt = now, UpdatedBy = By,
        };
        await documents.InsertEditionAsync(edition, ct);
        if (state == DocumentState.InForce) await planner.PlanAsync(d.Id, edition.Id, d.ScopeUnitId, d.InForceOn!.Value, now, By, ct);
    }

    private async Task KpisAsync(Guid unit, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var goal = new StrategicGoalDto
        {
            Id = Guid.NewGuid(), Code = "SG-1", TitleKk = "Білім беру сапасын арттыру", TitleRu = "Повышение качества образования",
            TitleEn = "Raising the quality of education", OwnerUnitId = unit,
        };
        await kpis.InsertGoalAsync(goal, now, By, ct);
        await IndicatorAsync(goal.Id, "Аккредиттелген бағдарламалар үлесі", "Доля аккредитованных программ", "Share of accredited programmes", "%",
            60, true,
            [(2024, 70), (2025, 80), (2026, 90)], [(2024, 72), (2025, 75)], now, ct);
        await IndicatorAsync(goal.Id, "Студенттердің оқудан шығу деңгейі", "Уровень отсева студентов", "Student dropout rate", "%", 12, false,
            [(2025, 10), (2026, 9)], [(2025, 12)], now, ct);
    }

    private async Task IndicatorAsync(Guid goalId, string kk, string ru, string en, string uom, decimal baseline, bool higher,
        (int Year, decimal Value)[] targets, (int Year, decimal Value)[] actuals, DateTime now, CancellationToken ct)
    {
        var row = new KpiRepository.IndicatorRow
        {
            Id = Guid.NewGuid(), GoalId = goalId, NameKk = kk, NameRu = ru, NameEn = en, UnitOfMeasure = uom, BaselineX100 = Scaled.ToX100(baseline),
            HigherIsBetter = higher, Version = 1,
        };
        await kpis.InsertIndicatorAsync(row, now, By, ct);
        foreach (var (year, value) in targets) await kpis.UpsertValueAsync(row.Id, KpiRepository.Target, year, "", Scaled.ToX100(value), now, By, ct);
        foreach (var (year, value) in actuals) await kpis.UpsertValueAsync(row.Id, KpiRepository.Actual, year, "", Scaled.ToX100(value), now, By, ct);
    }
}
