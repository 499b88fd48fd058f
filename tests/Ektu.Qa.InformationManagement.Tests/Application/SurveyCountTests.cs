using Ektu.Qa.InformationManagement.Surveys;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.InformationManagement.Tests.Application;

/// <summary>
/// Results read from the counts kept as answers arrive (<c>im_survey_counts</c>): the minimum group size (5 by default) at its
/// edge through a filter, the back-fill of the migration against the counts submissions kept, and concurrent submissions.
/// </summary>
public sealed class SurveyCountTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Results_Should_ShowTheFilteredGroup_When_ItHoldsExactlyTheMinimum(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        // 5 students in Kazakh and 5 in Russian: the filtered group and its rest both hold exactly the minimum.
        await app.FrameAsync(Steps.People.Select((u, i) => (u, "6B06101", 2, "FullTime", i < 5 ? "kk" : "ru")).ToArray());
        var s = await app.SurveyAsync(Today, Today.AddDays(7));
        foreach (var (user, i) in Steps.People.Select((u, i) => (u, i)))
        {
            var sheet = Steps.Sheet(i < 5 ? "4" : "2");
            if (i < 5) sheet["hours"] = [$"{10 + i}"]; // all five Kazakh students answer the number
            if (i < 4) sheet["resources"] = ["library", "lms"]; // four of them the multiple choice: one below the minimum
            await app.AnswerAsync(user, s.Id, sheet);
        }

        var kk = await app.AsAsync("aqd", sp => Steps.Surveys(sp).GetResultsAsync(s.Id, new ResultFilter { Language = "kk" }));
        var byLanguage = await app.AsAsync("aqd", sp => Steps.Surveys(sp).GetCrossTabAsync(s.Id, "overall", StratumDimension.Language, new()));
        var resources = await app.AsAsync("aqd", sp =>
            Steps.Surveys(sp).GetCrossTabAsync(s.Id, "resources", StratumDimension.Language, new ResultFilter { Language = "kk" }));

        kk.Suppressed.ShouldBeFalse();
        kk.Responses.ShouldBe(5);
        var overall = kk.Questions.Single(q => q.Key == "overall");
        (overall.Answered, overall.Mean, overall.Options.Single(o => o.Value == "4").Count).ShouldBe((5, 4m, 5));
        var hours = kk.Questions.Single(q => q.Key == "hours");
        (hours.Suppressed, hours.Answered, hours.Mean).ShouldBe((false, 5, 12m));
        kk.Questions.Single(q => q.Key == "teaching.clarity").Answered.ShouldBe(5);
        var resourcesResult = kk.Questions.Single(q => q.Key == "resources");
        (resourcesResult.Suppressed, resourcesResult.Answered, resourcesResult.Options.Count).ShouldBe((true, null, 0));
        byLanguage.Columns.ShouldBe(["kk", "ru"]);
        byLanguage.ColumnTotals.ShouldBe([5, 5]);
        byLanguage.Rows.Select(r => r.Counts).ShouldBe([[0, 0], [0, 5], [0, 0], [5, 0], [0, 0]]);
        resources.Columns.ShouldBe(["kk"]);
        resources.ColumnTotals.ShouldBe([null]); // four answered it
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Results_Should_HideTheFilteredGroupAndItsRest_When_ItHoldsOneBelowTheMinimum(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.FrameAsync(Steps.People.Select((u, i) => (u, "6B06101", 2, "FullTime", i < 4 ? "kk" : "ru")).ToArray());
        var s = await app.SurveyAsync(Today, Today.AddDays(7));
        foreach (var user in Steps.People) await app.AnswerAsync(user, s.Id, Steps.Sheet("5", "no", "too far"));

        var kk = await app.AsAsync("aqd", sp => Steps.Surveys(sp).GetResultsAsync(s.Id, new ResultFilter { Language = "kk" }));
        var ru = await app.AsAsync("aqd", sp => Steps.Surveys(sp).GetResultsAsync(s.Id, new ResultFilter { Language = "ru" }));
        var all = await app.AsAsync("aqd", sp => Steps.Surveys(sp).GetResultsAsync(s.Id, new ResultFilter { StudyForm = "FullTime" }));
        var cross = await app.AsAsync("aqd", sp => Steps.Surveys(sp).GetCrossTabAsync(s.Id, "overall", StratumDimension.Language, new()));
        var crossKk = await app.AsAsync("aqd", sp =>
            Steps.Surveys(sp).GetCrossTabAsync(s.Id, "overall", StratumDimension.Programme, new ResultFilter { Language = "kk" }));

        (kk.Suppressed, kk.Responses, kk.Questions.Count).ShouldBe((true, null, 0));
        (ru.Suppressed, ru.Responses, ru.Questions.Count).ShouldBe((true, null, 0)); // the rest would be the four
        all.Responses.ShouldBe(10);
        all.Questions.Single(q => q.Key == "why-not").Texts.ShouldBe(Enumerable.Repeat("too far", 10).ToList());
        cross.Columns.ShouldBe(["kk", "ru"]);
        cross.ColumnTotals.ShouldBe([null, null]);
        cross.Rows.ShouldAllBe(r => r.Counts.All(c => c == null));
        crossKk.Columns.ShouldBeEmpty();
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Backfill_Should_CountTheStoredResponsesAsSubmissionsDid_When_TheCountsAreRebuilt(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.FrameAsync(Steps.People.Take(6)
            .Select((u, i) => (u, i < 3 ? "6B06101" : "6B06102", 1 + i % 2, i < 4 ? "FullTime" : "Distance", i % 3 == 0 ? "ru" : "kk")).ToArray());
        var s = await app.SurveyAsync(Today, Today.AddDays(7));
        foreach (var (user, i) in Steps.People.Take(6).Select((u, i) => (u, i)))
        {
            var sheet = Steps.Sheet($"{1 + i % 5}", i % 2 == 0 ? "yes" : "no", i % 2 == 0 ? null : "too hard");
            sheet["teaching.feedback"] = [$"{5 - i % 3}"];
            sheet["resources"] = i % 3 == 0 ? ["labs"] : ["library", "lms"];
            sheet["hours"] = [$"{i * 7}"];
            await app.AnswerAsync(user, s.Id, sheet);
        }
        var kept = await CountsAsync(app);

        await app.AsAsync("admin", async sp =>
        {
            var db = sp.GetRequiredService<IDbSession>();
            await db.ExecuteAsync("DROP TABLE im_survey_counts");
            await db.ExecuteAsync(MigrationRunner.Scripts(typeof(SurveyCounts).Assembly, db.Dialect.Name)
                .Single(m => m.Name == "0013_create_survey_counts.sql").Sql);
        });

        kept.Count(c => c.StartsWith("||", StringComparison.Ordinal)).ShouldBe(6); // each student in a stratum cell of their own
        kept.ShouldContain("resources|labs|6B06101|1|FullTime|ru|1");
        kept.ShouldContain("why-not||6B06101|2|FullTime|kk|1");
        kept.ShouldNotContain(c => c.Contains("too hard"));
        (await CountsAsync(app)).ShouldBe(kept);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Submit_Should_LoseNoIncrement_When_PeopleAnswerAtTheSameTime(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.FrameAsync(Steps.People.Length);
        var s = await app.SurveyAsync(Today, Today.AddDays(7));

        await Task.WhenAll(Steps.People.Select((u, i) => app.AnswerAsync(u, s.Id, Steps.Sheet($"{1 + i % 5}"))));

        var r = await app.AsAsync("aqd", sp => Steps.Surveys(sp).GetResultsAsync(s.Id, new ResultFilter()));
        r.Responses.ShouldBe(10);
        var overall = r.Questions.Single(q => q.Key == "overall");
        (overall.Answered, overall.Mean).ShouldBe((10, 3m));
        overall.Options.Select(o => o.Count).ShouldBe([2, 2, 2, 2, 2]);
        r.Questions.Single(q => q.Key == "recommend").Options.Single(o => o.Value == "yes").Count.ShouldBe(10);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Schema_Should_KeepNoPersonInTheCounts_When_CountsAreCompared(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);

        var columns = await app.QueryAsync(async db =>
        {
            var cn = await db.GetConnectionAsync();
            await using var cmd = cn.CreateCommand();
            cmd.CommandText = "SELECT * FROM im_survey_counts WHERE 1 = 0";
            await using var reader = await cmd.ExecuteReaderAsync();
            return Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetName(i).ToLowerInvariant()).ToList();
        });

        columns.ShouldBe(["survey_id", "question_key", "answer_value", "programme", "study_year", "study_form", "language", "responses"],
            ignoreOrder: true);
    }

    /// <summary>Every count row as "key|value|programme|year|form|language|responses", in key order.</summary>
    private static async Task<List<string>> CountsAsync(TestApp app) =>
        (await app.QueryAsync(db => db.QueryAsync<CountRow>("""
            SELECT question_key AS QuestionKey, answer_value AS AnswerValue, programme, study_year AS StudyYear, study_form AS StudyForm,
              language, responses FROM im_survey_counts
            """)))
        .Select(c => $"{c.QuestionKey}|{c.AnswerValue}|{c.Programme}|{c.StudyYear}|{c.StudyForm}|{c.Language}|{c.Responses}")
        .Order(StringComparer.Ordinal).ToList();

    private sealed class CountRow
    {
        public string QuestionKey { get; init; } = "";
        public string AnswerValue { get; init; } = "";
        public string Programme { get; init; } = "";
        public string StudyYear { get; init; } = "";
        public string StudyForm { get; init; } = "";
        public string Language { get; init; } = "";
        public long Responses { get; init; }
    }
}
