using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.ExternalAccreditation.Agencies;

/// <summary>
/// Reference data at every start: the agencies the university works with (national register and international ones),
/// each added when its code is missing, so an edited or deactivated agency stays as the university left it.
/// </summary>
internal sealed class AgencySeeder(IDbSession db, AgencyRepository repo, IClock clock) : IDataSeedContributor
{
    private static readonly SaveAgencyInput[] Known =
    [
        Agency("IAAR", "Тәуелсіз аккредиттеу және рейтинг агенттігі", "Независимое агентство аккредитации и рейтинга",
            "Independent Agency for Accreditation and Rating", "Kazakhstan"),
        Agency("IQAA", "Білім беру сапасын қамтамасыз ету жөніндегі тәуелсіз қазақстандық агенттік",
            "Независимое казахстанское агентство по обеспечению качества в образовании",
            "Independent Kazakh Agency for Quality Assurance in Education", "Kazakhstan"),
        Agency("ARQA", "Тану және сапаны қамтамасыз ету агенттігі (АРКС)", "Агентство по признанию и обеспечению качества (АРКС)",
            "Agency for Recognition and Quality Assurance (ARQA)", "Kazakhstan"),
        Agency("ECAQA", "Білім беру мен денсаулық сақтау сапасын қамтамасыз ету және аккредиттеу жөніндегі Еуразиялық орталық",
            "Евразийский центр аккредитации и обеспечения качества образования и здравоохранения",
            "Eurasian Centre for Accreditation and Quality Assurance in Higher Education and Health Care", "Kazakhstan"),
        Agency("ACQUIN", "Аккредиттеу, сертификаттау және сапаны қамтамасыз ету институты (ACQUIN)",
            "Институт аккредитации, сертификации и обеспечения качества (ACQUIN)",
            "Accreditation, Certification and Quality Assurance Institute (ACQUIN)", "Germany"),
        Agency("ASIIN", "Инженерия, информатика, жаратылыстану ғылымдары және математика бағдарламаларын аккредиттеу агенттігі (ASIIN)",
            "Агентство по аккредитации программ в области инженерии, информатики, естественных наук и математики (ASIIN)",
            "Accreditation Agency for Degree Programmes in Engineering, Informatics, Natural Sciences and Mathematics (ASIIN)", "Germany"),
        Agency("ABET", "Инженерлік және техникалық білім беруді аккредиттеу кеңесі (ABET)",
            "Совет по аккредитации инженерного и технического образования (ABET)", "ABET", "USA"),
        Agency("FIBAA", "Халықаралық бизнес-әкімшілендіруді аккредиттеу қоры (FIBAA)",
            "Фонд международной аккредитации делового администрирования (FIBAA)",
            "Foundation for International Business Administration Accreditation (FIBAA)", "Germany"),
    ];

    public Task SeedAsync(bool demo, CancellationToken ct = default) => db.InUnitOfWorkAsync(async () =>
    {
        var codes = (await repo.ListAsync(ct)).Select(a => a.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var a in Known.Where(a => !codes.Contains(a.Code)))
            await repo.InsertAsync(Guid.NewGuid(), a, clock.UtcNow, "system", ct);
    }, ct);

    private static SaveAgencyInput Agency(string code, string kk, string ru, string en, string country) =>
        new() { Code = code, NameKk = kk, NameRu = ru, NameEn = en, Country = country, IsRegistered = true, IsActive = true };
}
