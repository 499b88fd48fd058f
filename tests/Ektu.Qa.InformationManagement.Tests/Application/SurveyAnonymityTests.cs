using Ektu.Qa.Kernel.Data;
using Ektu.Qa.InformationManagement.Surveys;
using Ektu.Qa.TestKit;

namespace Ektu.Qa.InformationManagement.Tests.Application;

public sealed class SurveyAnonymityTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Schema_Should_ShareNoColumnButTheSurvey_When_RespondentsAndResponsesAreCompared(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);

        var responses = await ColumnsAsync(app, "im_survey_responses");
        var respondents = await ColumnsAsync(app, "im_survey_respondents");

        responses.ShouldBe(["answers", "id", "language", "programme", "study_form", "study_year", "survey_id"], ignoreOrder: true);
        respondents.ShouldBe(["person_key", "survey_id"], ignoreOrder: true);
        responses.Intersect(respondents).ShouldBe(["survey_id"]);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Submit_Should_LeaveNoTraceThatPairsPersonAndAnswers_When_PeopleAnswer(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.FrameAsync(6);
        var s = await app.SurveyAsync(Today, Today.AddDays(7));
        var before = await app.QueryAsync(db => db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM k_audit_log"));
        foreach (var (user, i) in Steps.People.Take(6).Select((u, i) => (u, i))) await app.AnswerAsync(user, s.Id, Steps.Sheet($"{1 + i % 5}"));

        var ids = await app.QueryAsync(db => db.QueryAsync<string>("SELECT id FROM im_survey_responses WHERE survey_id = @id", new { id = s.Id }));
        var users = await app.QueryAsync(db => db.QueryAsync<string>("SELECT user_id FROM im_survey_population WHERE survey_id = @id",
            new { id = s.Id }));
        var after = await app.QueryAsync(db => db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM k_audit_log"));

        ids.Count.ShouldBe(6);
        ids.Intersect(users).ShouldBeEmpty();
        after.ShouldBe(before); // the audit log's user and time would pair who answered with a response
        // Kept in the order of their random keys, not of arrival: a plain scan cannot be lined up with the order people answered in.
        ids.ShouldBe(ids.Order(StringComparer.Ordinal).ToList());
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Results_Should_ShowNoFigure_When_GroupIsBelowTheMinimumSize(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.FrameAsync(4);
        var s = await app.SurveyAsync(Today, Today.AddDays(7));
        foreach (var user in Steps.People.Take(4)) await app.AnswerAsync(user, s.Id);

        var r = await app.AsAsync("aqd", sp => Steps.Surveys(sp).GetResultsAsync(s.Id, new ResultFilter()));
        var x = await app.AsAsync("aqd", sp => Steps.Surveys(sp).GetCrossTabAsync(s.Id, "overall", StratumDimension.Programme, new ResultFilter()));

        r.Suppressed.ShouldBeTrue();
        r.Responses.ShouldBeNull();
        r.Questions.ShouldBeEmpty();
        x.Columns.ShouldBeEmpty();
        x.Rows.ShouldBeEmpty();
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Results_Should_HideTheFilterAndItsRest_When_EitherSideIsBelowTheMinimum(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        // 7 students: 5 in Kazakh, 2 in Russian. The Russian group is small, and so is the rest of the Kazakh one.
        await app.FrameAsync(Steps.People.Take(7).Select((u, i) => (u, "6B06101", 2, "FullTime", i < 5 ? "kk" : "ru")).ToArray());
        var s = await app.SurveyAsync(Today, Today.AddDays(7));
        foreach (var user in Steps.People.Take(7)) await app.AnswerAsync(user, s.Id, Steps.Sheet("3", "no", "too hard"));

        var all = await app.AsAsync("aqd", sp => Steps.Surveys(sp).GetResultsAsync(s.Id, new ResultFilter()));
        var ru = await app.AsAsync("aqd", sp => Steps.Surveys(sp).GetResultsAsync(s.Id, new ResultFilter { Language = "ru" }));
        var kk = await app.AsAsync("aqd", sp => Steps.Surveys(sp).GetResultsAsync(s.Id, new ResultFilter { Language = "kk" }));
        var cross = await app.AsAsync("aqd", sp => Steps.Surveys(sp).GetCrossTabAsync(s.Id, "overall", StratumDimension.Language, new()));

        all.Responses.ShouldBe(7);
        all.Questions.Single(q => q.Key == "why-not").Texts.Count.ShouldBe(7);
        all.Questions.Single(q => q.Key == "hours").Suppressed.ShouldBeTrue(); // nobody answered it
        ru.Suppressed.ShouldBeTrue();
        kk.Suppressed.ShouldBeTrue();
        cross.Columns.ShouldBe(["kk", "ru"]);
        cross.ColumnTotals.ShouldBe([null, null]); // hiding "ru" alone would leave it as the total minus "kk"
    }

    private static Task<List<string>> ColumnsAsync(TestApp app, string table) => app.QueryAsync(async db =>
    {
        var cn = await db.GetConnectionAsync();
        await using var cmd = cn.CreateCommand();
        cmd.CommandText = $"SELECT * FROM {table} WHERE 1 = 0";
        await using var reader = await cmd.ExecuteReaderAsync();
        return Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetName(i).ToLowerInvariant()).ToList();
    });
}
