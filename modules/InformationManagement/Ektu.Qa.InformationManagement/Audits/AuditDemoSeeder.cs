using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.InformationManagement.Audits;

/// <summary>
/// Demo only: this year's audit plan over two schools — a process audit of SITIS-CS in progress (checklist, one finding of
/// each class), a planned process audit of SEM-GEO and a planned audit of the IQAS in the quality department — each led
/// by an auditor from another school. Skipped when any audit exists.
/// </summary>
internal sealed class AuditDemoSeeder(IDbSession db, IIdentityIntegrationService identity, AuditRepository repo, IClock clock, IUserClock local)
    : IDataSeedContributor
{
    private const string By = "system";

    public async Task SeedAsync(bool demo, CancellationToken ct = default)
    {
        if (!demo) return;
        await db.InUnitOfWorkAsync(async () =>
        {
            if (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM im_audits", ct: ct) > 0) return;
            var units = (await identity.GetUnitsAsync(ct)).ToDictionary(u => u.Code, u => u.Id);
            var users = (await identity.GetUsersByNameAsync(["teacher1", "teacher2", "teacher3", "head.cs"], ct))
                .ToDictionary(u => u.UserName, u => u.Id);
            if (!units.TryGetValue("SITIS-CS", out var cs) || !units.TryGetValue("SEM-GEO", out var geo) || !units.TryGetValue("AQD", out var aqd)
                || users.Count < 4) return;
            var year = local.Today.Year;
            var now = clock.UtcNow;

            var running = Guid.NewGuid();
            await repo.InsertAsync(running, new SaveAuditInput
            {
                PlanYear = year, Kind = AuditKind.Process, Title = "Планирование, организация и мониторинг образовательных программ",
                Criteria = "Стандарт 9 ESG, процедура СМК «Разработка и мониторинг ОП»", UnitId = cs, StartsOn = new DateOnly(year, 3, 2),
                EndsOn = new DateOnly(year, 3, 6), LeadAuditorId = users["teacher3"], TeamIds = [users["teacher2"]],
            }, now, By, ct);
            await repo.MoveAsync(running, AuditState.Planned, AuditState.InProgress, 1, now, By, ct);
            string[] questions =
            [
                "Утверждён ли план мониторинга образовательных программ на учебный год?",
                "Анализируются ли результаты анкетирования обучающихся на заседании кафедры?",
                "Актуализирован ли каталог элективных дисциплин с участием работодателей?",
            ];
            foreach (var q in questions)
                await repo.InsertQuestionAsync(Guid.NewGuid(), running, new SaveChecklistItemInput { Question = q }, now, By, ct);
            var items = await repo.QuestionsAsync(running, ct);
            await repo.AnswerAsync(items[0].Id, new SaveChecklistItemInput
            {
                Answer = "Да, утверждён протоколом заседания кафедры", Evidence = "Протокол № 3", Version = 1,
            }, now, By, ct);
            await repo.AnswerAsync(items[1].Id,
                new SaveChecklistItemInput { Answer = "Не анализируются", Evidence = "Протоколы за год", Version = 1 }, now, By, ct);
            await repo.InsertFindingAsync(Guid.NewGuid(), running, new SaveFindingInput
            {
                Class = FindingClass.Nonconformity, Text = "Результаты анкетирования обучающихся не рассматриваются на заседаниях кафедры",
                Requirement = "ESG 1.7",
            }, now, By, ct);
            await repo.InsertFindingAsync(Guid.NewGuid(), running, new SaveFindingInput
            {
                Class = FindingClass.Observation, Text = "Каталог элективов обновлён без протокола согласования с работодателями",
            }, now, By, ct);
            await repo.InsertFindingAsync(Guid.NewGuid(), running, new SaveFindingInput
            {
                Class = FindingClass.Opportunity, Text = "Публиковать итоги мониторинга ОП на сайте школы",
            }, now, By, ct);

            await repo.InsertAsync(Guid.NewGuid(), new SaveAuditInput
            {
                PlanYear = year, Kind = AuditKind.Process, Title = "Организация профессиональной практики", UnitId = geo,
                StartsOn = new DateOnly(year, 10, 12), EndsOn = new DateOnly(year, 10, 16), LeadAuditorId = users["teacher1"],
                TeamIds = [users["teacher2"]],
            }, now, By, ct);
            await repo.InsertAsync(Guid.NewGuid(), new SaveAuditInput
            {
                PlanYear = year, Kind = AuditKind.Iqas, Title = "Внутренняя система обеспечения качества", UnitId = aqd,
                StartsOn = new DateOnly(year, 11, 16), EndsOn = new DateOnly(year, 11, 20), LeadAuditorId = users["head.cs"],
                TeamIds = [users["teacher3"]],
            }, now, By, ct);
        }, ct);
    }
}
