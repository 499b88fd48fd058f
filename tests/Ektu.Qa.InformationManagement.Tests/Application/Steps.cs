using Ektu.Qa.Identity;
using Ektu.Qa.InformationManagement.Data;
using Ektu.Qa.InformationManagement.Surveys;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.InformationManagement.Tests.Application;

/// <summary>Short ways to build and answer surveys as demo users.</summary>
internal static class Steps
{
    /// <summary>Demo users with the respond permission, used as the students of a test's survey frame.</summary>
    public static readonly string[] People =
        ["student1", "student2", "student3", "teacher1", "teacher2", "teacher3", "head.cs", "dean.sitis", "admin", "aqd"];

    public static ISurveyAppService Surveys(IServiceProvider sp) => sp.GetRequiredService<ISurveyAppService>();

    public static Task<Guid> UnitAsync(this TestApp app, string code) => app.AsAsync("admin", async sp =>
        (await sp.GetRequiredService<IIdentityIntegrationService>().GetUnitsAsync()).Single(u => u.Code == code).Id);

    /// <summary>Puts the users into the survey frame as students of SITIS-CS: programme, year, form, language per user.</summary>
    public static async Task FrameAsync(this TestApp app, params (string User, string Programme, int Year, string Form, string Language)[] rows)
    {
        var cs = await app.UnitAsync("SITIS-CS");
        await app.AsAsync("admin", async sp =>
        {
            var users = await sp.GetRequiredService<IIdentityIntegrationService>().GetUsersByNameAsync(rows.Select(r => r.User).ToList());
            foreach (var r in rows)
            {
                await sp.GetRequiredService<SurveyRepository>().SaveStudentAsync(new StudentProfile
                {
                    UserId = users.Single(u => u.UserName == r.User).Id, UnitId = cs, Programme = r.Programme, StudyYear = r.Year,
                    StudyForm = r.Form, Language = r.Language,
                }, CancellationToken.None);
            }
        });
    }

    /// <summary>The first <paramref name="count"/> of <see cref="People"/> as students of one programme, year 2, full-time, Kazakh.</summary>
    public static Task FrameAsync(this TestApp app, int count) =>
        app.FrameAsync(People.Take(count).Select(u => (u, "6B06101", 2, "FullTime", "kk")).ToArray());

    public static Task<TemplateDto> PublishedTemplateAsync(this TestApp app, string code = "sat") => app.AsAsync("aqd", async sp =>
    {
        var t = await Surveys(sp).CreateTemplateAsync(DemoSurveys.StudentSatisfaction(code));
        return await Surveys(sp).PublishTemplateAsync(t.Id, t.Version);
    });

    /// <summary>A survey of SITIS students open from <paramref name="opens"/> to <paramref name="closes"/>.</summary>
    public static async Task<SurveyDto> SurveyAsync(this TestApp app, DateOnly opens, DateOnly closes, TemplateDto? template = null,
        int? minGroup = null)
    {
        template ??= await app.PublishedTemplateAsync();
        var sitis = await app.UnitAsync("SITIS");
        return (await app.AsAsync("aqd", sp => Surveys(sp).CreateAsync(new CreateSurveyInput
        {
            TemplateId = template.Id, UnitId = sitis, Target = SurveyTarget.Students, OpensOn = opens, ClosesOn = closes, MinGroupSize = minGroup,
        }))).Survey;
    }

    public static Dictionary<string, string[]> Sheet(string overall = "4", string recommend = "yes", string? whyNot = null)
    {
        var sheet = new Dictionary<string, string[]> { ["overall"] = [overall], ["recommend"] = [recommend], ["teaching.clarity"] = ["5"] };
        if (whyNot != null) sheet["why-not"] = [whyNot];
        return sheet;
    }

    public static Task AnswerAsync(this TestApp app, string user, Guid surveyId, Dictionary<string, string[]>? sheet = null) =>
        app.AsAsync(user, sp => Surveys(sp).SubmitAsync(surveyId, new SubmitAnswersInput { Answers = sheet ?? Sheet() }));
}
