using Microsoft.Extensions.DependencyInjection;
using Ektu.Qa.InformationManagement.Surveys;
using Ektu.Qa.TestKit;

namespace Ektu.Qa.InformationManagement.Tests.Application;

public sealed class SurveyRepresentativenessTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ResponseRates_Should_GiveRateMarginAndBiasPerStratum_When_OneStratumAnswersLess(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        // Year 2: six students, five answer; year 3: four students, one answers. Overall 6 of 10 = 60 %.
        await app.FrameAsync(Steps.People.Select((u, i) => (u, "6B06101", i < 6 ? 2 : 3, "FullTime", "kk")).ToArray());
        var s = await app.SurveyAsync(Today, Today.AddDays(7));
        foreach (var user in Steps.People.Take(5).Append(Steps.People[6])) await app.AnswerAsync(user, s.Id);

        var rates = await app.AsAsync("aqd", sp => Steps.Surveys(sp).GetResponseRatesAsync(s.Id));

        var total = rates.Single(r => r.Dimension == null);
        (total.Population, total.Respondents, total.Rate).ShouldBe((10, 6, 60m));
        total.MarginOfError.ShouldBe(26.7m); // 1.96 · √(0.25 / 6) · √(4 / 9) = 0.2667
        var y2 = rates.Single(r => r.Dimension == StratumDimension.StudyYear && r.Value == "2");
        var y3 = rates.Single(r => r.Dimension == StratumDimension.StudyYear && r.Value == "3");
        (y2.Rate, y2.UnderRepresented).ShouldBe((83.3m, false));
        (y3.Rate, y3.UnderRepresented).ShouldBe((25m, true)); // 25 % < 0.8 × 60 %
        y3.MarginOfError.ShouldBe(98m); // 1.96 · √(0.25 / 1) · √(3 / 3)
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Reminders_Should_NotifyOnlyThoseWhoHaveNotAnsweredOncePerDay_When_TheJobRunsTwice(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.FrameAsync(3);
        var s = await app.SurveyAsync(Today, Today.AddDays(7));
        await app.AnswerAsync("student1", s.Id);

        var first = await RemindAsync(app);
        var second = await RemindAsync(app);

        first.ShouldBe(2); // student2 and student3 of this survey; the demo surveys opened three days ago remind no one today
        second.ShouldBe(0);
    }

    /// <summary>As the job does: its own scope and unit of work, no user.</summary>
    private static async Task<int> RemindAsync(TestApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SurveyReminders>().SendAsync(CancellationToken.None);
    }
}
