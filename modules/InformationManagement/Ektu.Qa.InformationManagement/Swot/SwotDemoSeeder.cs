using Ektu.Qa.Identity;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.InformationManagement.Swot;

/// <summary>Demo only: last year's approved SWOT analysis of two schools and this year's draft of the first. Skipped when any exists.</summary>
internal sealed class SwotDemoSeeder(IDbSession db, IIdentityIntegrationService identity, SwotRepository repo, IClock clock, IUserClock local)
    : IDataSeedContributor
{
    public async Task SeedAsync(bool demo, CancellationToken ct = default)
    {
        if (!demo) return;
        await db.InUnitOfWorkAsync(async () =>
        {
            if (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM im_swot_analyses", ct: ct) > 0) return;
            var schools = (await identity.GetUnitsAsync(ct)).Where(u => u.Kind == OrganizationUnitKind.School).OrderBy(u => u.Code).Take(2).ToList();
            var now = clock.UtcNow;
            var year = local.Today.Year;
            foreach (var school in schools)
            {
                var id = Guid.NewGuid();
                await repo.InsertAsync(id, new SaveSwotInput
                {
                    UnitId = school.Id, Year = year - 1,
                    Strengths = ["Аккредитованные образовательные программы", "Партнёрство с предприятиями региона"],
                    Weaknesses = ["Низкая академическая мобильность студентов", "Устаревшее лабораторное оборудование"],
                    Opportunities = ["Гранты МНВО РК на обновление лабораторий", "Двудипломные программы с вузами-партнёрами"],
                    Threats = ["Конкуренция за абитуриентов", "Отток молодых преподавателей в промышленность"],
                }, now, "system", ct);
                await repo.ApproveAsync(id, 1, now, "system", ct);
            }
            if (schools.Count > 0)
            {
                await repo.InsertAsync(Guid.NewGuid(), new SaveSwotInput
                {
                    UnitId = schools[0].Id, Year = year, Strengths = ["Рост трудоустройства выпускников"],
                    Weaknesses = ["Доля отсева выше порога"], Opportunities = ["Цифровые кафедры с ИТ-компаниями"],
                    Threats = ["Демографический спад"],
                }, now, "system", ct);
            }
        }, ct);
    }
}
