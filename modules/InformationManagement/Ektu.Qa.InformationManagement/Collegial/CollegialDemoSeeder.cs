using Ektu.Qa.Identity;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.InformationManagement.Collegial;

/// <summary>Demo only: a school council's analysis of survey and dropout results in two schools, with a road map. Skipped when any exists.</summary>
internal sealed class CollegialDemoSeeder(IDbSession db, IIdentityIntegrationService identity, CollegialRepository repo, IClock clock,
    IUserClock local) : IDataSeedContributor
{
    public async Task SeedAsync(bool demo, CancellationToken ct = default)
    {
        if (!demo) return;
        await db.InUnitOfWorkAsync(async () =>
        {
            if (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM im_collegial_analyses", ct: ct) > 0) return;
            var schools = (await identity.GetUnitsAsync(ct)).Where(u => u.Kind == OrganizationUnitKind.School).OrderBy(u => u.Code).Take(2).ToList();
            var now = clock.UtcNow;
            var today = local.Today;
            foreach (var school in schools)
            {
                var id = Guid.NewGuid();
                await repo.InsertAsync(id, new SaveCollegialAnalysisInput
                {
                    UnitId = school.Id, Body = CollegialBody.SchoolCouncil, HeldOn = today.AddDays(-30), PlanKind = PlanKind.RoadMap,
                    Subject = "Итоги анкетирования студентов и показатели отсева за учебный год",
                    Decisions = "Признать уровень отсева выше порогового; поручить кафедрам разработать меры поддержки первокурсников.",
                }, now, "system", ct);
                await repo.InsertActionAsync(Guid.NewGuid(), id, new SaveCollegialActionInput
                {
                    Action = "Ввести кураторские часы для студентов первого курса", Responsible = "Заведующие кафедрами",
                    Deadline = today.AddMonths(3),
                }, now, "system", ct);
                await repo.InsertActionAsync(Guid.NewGuid(), id, new SaveCollegialActionInput
                {
                    Action = "Провести повторное анкетирование после сессии", Responsible = "Отдел академического качества",
                    Deadline = today.AddMonths(6),
                }, now, "system", ct);
            }
        }, ct);
    }
}
