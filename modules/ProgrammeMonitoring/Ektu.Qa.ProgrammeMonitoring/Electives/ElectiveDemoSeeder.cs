using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.ProgrammeMonitoring.Electives;

/// <summary>
/// Demo only: for SITIS and SEM, last academic year's catalogue published with its analysis and endorsements, and this
/// year's drafted from it with one course added and one dropped, partly endorsed. Skipped when any catalogue exists.
/// </summary>
internal sealed class ElectiveDemoSeeder(IDbSession db, IIdentityIntegrationService identity, ElectiveRepository repo, IClock clock,
    IUserClock local) : IDataSeedContributor
{
    private const string By = "system";

    public async Task SeedAsync(bool demo, CancellationToken ct = default)
    {
        if (!demo) return;
        await db.InUnitOfWorkAsync(async () =>
        {
            if (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM pm_elective_catalogues", ct: ct) > 0) return;
            var units = (await identity.GetUnitsAsync(ct)).ToDictionary(u => u.Code, u => u.Id);
            if (!units.ContainsKey("SITIS-CS") || !units.ContainsKey("SEM-MIN")) return;
            var today = local.Today;
            var year = today.Month >= 9 ? today.Year : today.Year - 1;
            var it = await ProgrammeAsync("B057", ct);
            var mining = await ProgrammeAsync("B071", ct);
            await SchoolAsync(units["SITIS"], units["SITIS-CS"], it, year, today,
                [("CLD401", "Бұлттық есептеулер", "Облачные вычисления", "Cloud Computing", "1, 2"),
                 ("MOB402", "Мобильді қосымшалар", "Мобильные приложения", "Mobile Applications", "1")],
                ("WEB301", "Веб-бағдарламалау", "Веб-программирование", "Web Programming", "1"),
                ("MLO403", "Машиналық оқыту", "Машинное обучение", "Machine Learning", "3"),
                "ТОО «Kazakhtelecom» (Өскемен филиалы)", ct);
            await SchoolAsync(units["SEM"], units["SEM-MIN"], mining, year, today,
                [("GEO310", "Кен геомеханикасы", "Геомеханика горных пород", "Rock Geomechanics", "1"),
                 ("BLS320", "Жару жұмыстары", "Буровзрывные работы", "Drilling and Blasting", "2")],
                ("MCH330", "Тау-кен машиналары", "Горные машины", "Mining Machinery", "1"),
                ("DGM340", "Кеніштерді цифрландыру", "Цифровизация рудников", "Digital Mine", "1, 2"),
                "Kazzinc LLP", ct);
        }, ct);
    }

    private async Task SchoolAsync(Guid school, Guid department, Guid? programme, int year, DateOnly today,
        (string Code, string Kk, string Ru, string En, string Outcomes)[] kept, (string, string, string, string, string) dropped,
        (string, string, string, string, string) added, string employer, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var last = Guid.NewGuid();
        await repo.InsertAsync(last, school, year - 1, now, By, ct);
        foreach (var x in kept.Append(dropped)) await CourseAsync(last, department, programme, x, employer, today.AddYears(-1), now, ct);
        await repo.RecordAnalysisAsync(last, "Жұмыс берушілермен кеңесте қаралды; каталог екі курсқа кеңейтілді.", today.AddYears(-1), 1,
            now, By, ct);
        await repo.PublishAsync(last, 2, now, By, ct);

        var current = Guid.NewGuid();
        await repo.InsertAsync(current, school, year, now, By, ct);
        await CourseAsync(current, department, programme, kept[0], employer, today.AddDays(-10), now, ct);
        foreach (var x in kept.Skip(1).Append(added)) await CourseAsync(current, department, programme, x, null, null, now, ct);
    }

    private async Task CourseAsync(Guid catalogue, Guid department, Guid? programme,
        (string Code, string Kk, string Ru, string En, string Outcomes) x, string? employer, DateOnly? on, DateTime now, CancellationToken ct) =>
        await repo.InsertCourseAsync(new ElectiveCourseDto
        {
            Id = Guid.NewGuid(), CatalogueId = catalogue, Code = x.Code, TitleKk = x.Kk, TitleRu = x.Ru, TitleEn = x.En, DepartmentId = department,
            Credits = 5, Semester = 6, ProgrammeId = programme, Outcomes = programme == null ? "" : x.Outcomes,
            EmployerOrganisation = employer, EmployerPerson = employer == null ? null : "Ә. Серікбаев", EndorsedOn = on,
            EndorsementComment = employer == null ? null : "Өндіріс қажеттіліктеріне сай",
        }, now, By, ct);

    private async Task<Guid?> ProgrammeAsync(string group, CancellationToken ct) =>
        await db.QuerySingleOrDefaultAsync<string>("SELECT id FROM pm_programmes WHERE group_code = @group", new { group }, ct) is { } id
            ? Guid.Parse(id) : null;
}
