using Ektu.Qa.Identity;
using Ektu.Qa.InformationManagement.Surveys;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.InformationManagement.Data;

/// <summary>
/// Demo only: the survey frame of the demo students (student1–3 in SITIS-CS), the satisfaction questionnaire (published),
/// an open survey of SITIS students and one of SITIS teaching staff. Skipped when any template exists.
/// </summary>
internal sealed class SurveyDemoSeeder(
    IDbSession db, IIdentityIntegrationService identity, TemplateRepository templates, SurveyRepository surveys, IClock clock, IUserClock local)
    : IDataSeedContributor
{
    private const string By = "system";

    public async Task SeedAsync(bool demo, CancellationToken ct = default)
    {
        if (!demo) return;
        await db.InUnitOfWorkAsync(async () =>
        {
            if (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM im_survey_templates", ct: ct) > 0) return;
            var units = (await identity.GetUnitsAsync(ct)).ToDictionary(u => u.Code, u => u.Id);
            if (!units.TryGetValue("SITIS", out var sitis) || !units.TryGetValue("SITIS-CS", out var cs)) return;
            var students = await identity.GetUsersByNameAsync(["student1", "student2", "student3"], ct);
            foreach (var (s, i) in students.OrderBy(s => s.UserName).Select((s, i) => (s, i)))
            {
                await surveys.SaveStudentAsync(new StudentProfile
                {
                    UserId = s.Id, UnitId = cs, Programme = "6B06101", StudyYear = 2 + i % 2, StudyForm = "FullTime", Language = i == 2 ? "ru" : "kk",
                }, ct);
            }
            var now = clock.UtcNow;
            var input = DemoSurveys.StudentSatisfaction();
            var template = new TemplateDto
            {
                Id = Guid.NewGuid(), Code = input.Code, Number = 1, Title = input.Title, Questions = input.Questions, State = TemplateState.Published,
            };
            await templates.InsertAsync(template, now, By, ct);
            var today = local.Today;
            await AddAsync(template.Id, sitis, SurveyTarget.Students, today.AddDays(-3), today.AddDays(30), now, ct);
            await AddAsync(template.Id, sitis, SurveyTarget.TeachingStaff, today.AddDays(-3), today.AddDays(30), now, ct);
        }, ct);
    }

    private async Task AddAsync(Guid templateId, Guid unitId, SurveyTarget target, DateOnly opens, DateOnly closes, DateTime now,
        CancellationToken ct)
    {
        var members = target == SurveyTarget.Students
            ? (await surveys.GetStudentsAsync([unitId, .. (await identity.GetSubtreeAsync(unitId, ct))], ct)).Select(s => new PopulationMember
            {
                PersonKey = s.UserId.ToString(), UserId = s.UserId, Programme = s.Programme,
                StudyYear = s.StudyYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
                StudyForm = s.StudyForm, Language = s.Language,
            }).ToList()
            : await StaffAsync(unitId, ct);
        var row = new SurveyRow
        {
            Id = Guid.NewGuid(), TemplateId = templateId, UnitId = unitId, Target = target.ToString(), OpensOn = opens, ClosesOn = closes,
            MinGroupSize = 5, Population = members.Count,
        };
        await surveys.InsertAsync(row, now, By, ct);
        await surveys.InsertPopulationAsync(row.Id, members, ct);
    }

    private async Task<List<PopulationMember>> StaffAsync(Guid unitId, CancellationToken ct)
    {
        var students = (await surveys.GetStudentIdsAsync(ct)).ToHashSet();
        return (await identity.GetMembersAsync(unitId, ct)).Where(u => !students.Contains(u.Id)).DistinctBy(u => u.Id)
            .Select(u => new PopulationMember { PersonKey = u.Id.ToString(), UserId = u.Id }).ToList();
    }
}
