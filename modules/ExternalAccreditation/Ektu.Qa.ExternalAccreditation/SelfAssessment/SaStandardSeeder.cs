using Ektu.Qa.ExternalAccreditation.Agencies;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.ExternalAccreditation.SelfAssessment;

/// <summary>
/// Reference data at every start: the programme accreditation standards of IAAR and the institutional ones of IQAA, each
/// mapped to its ESG 2015 part 1 standard, with two criteria each (policy in place and published; results monitored and
/// used). A standard is added when its code is missing for the agency, so the university's edits stay.
/// </summary>
internal sealed class SaStandardSeeder(IDbSession db, SelfAssessmentRepository repo, AgencyRepository agencies, IClock clock)
    : IDataSeedContributor
{
    /// <summary>ESG 2015 part 1 standards 1–10 in Kazakh, Russian, English (DOMAIN §2).</summary>
    internal static readonly (string Kk, string Ru, string En)[] Esg =
    [
        ("Сапаны қамтамасыз ету саласындағы саясат", "Политика в области обеспечения качества", "Policy for quality assurance"),
        ("Бағдарламаларды әзірлеу және бекіту", "Разработка и утверждение программ", "Design and approval of programmes"),
        ("Студенттерге бағытталған оқыту, оқыту және бағалау", "Студентоцентрированное обучение, преподавание и оценка",
            "Student-centred learning, teaching and assessment"),
        ("Білім алушыларды қабылдау, үлгерімі, тану және сертификаттау", "Приём обучающихся, успеваемость, признание и сертификация",
            "Student admission, progression, recognition and certification"),
        ("Оқытушылар құрамы", "Профессорско-преподавательский состав", "Teaching staff"),
        ("Оқу ресурстары және білім алушыларды қолдау жүйесі", "Учебные ресурсы и система поддержки обучающихся",
            "Learning resources and student support"),
        ("Ақпаратты басқару", "Управление информацией", "Information management"),
        ("Жұртшылықты ақпараттандыру", "Информирование общественности", "Public information"),
        ("Бағдарламаларды тұрақты бақылау және мерзімді бағалау", "Постоянный мониторинг и периодическая оценка программ",
            "On-going monitoring and periodic review of programmes"),
        ("Мерзімді сыртқы сапаны қамтамасыз ету", "Цикличное внешнее обеспечение качества", "Cyclical external quality assurance"),
    ];

    /// <summary>IAAR's specialised (programme) accreditation standards in its own order, each with the ESG standard it serves.</summary>
    private static readonly int[] IaarOrder = [1, 7, 2, 9, 3, 4, 5, 6, 8, 10];

    public Task SeedAsync(bool demo, CancellationToken ct = default) => db.InUnitOfWorkAsync(async () =>
    {
        var byCode = (await agencies.ListAsync(ct)).ToDictionary(a => a.Code, StringComparer.OrdinalIgnoreCase);
        if (byCode.TryGetValue("IAAR", out var iaar)) await SeedAgencyAsync(iaar.Id, IaarOrder, ct);
        if (byCode.TryGetValue("IQAA", out var iqaa)) await SeedAgencyAsync(iqaa.Id, [.. Enumerable.Range(1, 10)], ct);
    }, ct);

    private async Task SeedAgencyAsync(Guid agencyId, int[] esgOrder, CancellationToken ct)
    {
        var existing = (await repo.StandardsAsync(agencyId, ct)).Select(s => s.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var now = clock.UtcNow;
        for (var i = 0; i < esgOrder.Length; i++)
        {
            var code = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (existing.Contains(code)) continue;
            var (kk, ru, en) = Esg[esgOrder[i] - 1];
            var standardId = Guid.NewGuid();
            await repo.InsertStandardAsync(standardId, new SaveSaStandardInput
            {
                AgencyId = agencyId, Code = code, TitleKk = kk, TitleRu = ru, TitleEn = en, EsgStandard = esgOrder[i],
            }, now, "system", ct);
            await repo.InsertCriterionAsync(Guid.NewGuid(), new SaveSaCriterionInput
            {
                StandardId = standardId, Code = code + ".1", TitleKk = kk + ": саясат пен рәсімдер құжатталған және жарияланған",
                TitleRu = ru + ": политика и процедуры документированы и опубликованы",
                TitleEn = en + ": policy and procedures documented and published",
            }, now, "system", ct);
            await repo.InsertCriterionAsync(Guid.NewGuid(), new SaveSaCriterionInput
            {
                StandardId = standardId, Code = code + ".2", TitleKk = kk + ": нәтижелер бақыланады және жақсартуға пайдаланылады",
                TitleRu = ru + ": результаты отслеживаются и используются для улучшения",
                TitleEn = en + ": results monitored and used for improvement",
            }, now, "system", ct);
        }
    }
}
