using Ektu.Qa.Kernel.Data;
using Ektu.Qa.InformationManagement.Surveys;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.TestKit;

namespace Ektu.Qa.InformationManagement.Tests.Application;

public sealed class SurveyAnsweringTests
{
    // 2026-03-02 06:00 UTC is 11:00 in Almaty (UTC+5): "today" is 2 March.
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Submit_Should_RefuseTheSecondResponse_When_PersonHasAnswered(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.FrameAsync(3);
        var s = await app.SurveyAsync(Today, Today.AddDays(7));
        await app.AnswerAsync("student1", s.Id);

        var e = await Should.ThrowAsync<QaException>(() => app.AnswerAsync("student1", s.Id, Steps.Sheet("1", "no")));

        e.Code.ShouldBe(SurveyErrorCodes.AlreadyAnswered);
        e.Status.ShouldBe(409);
        (await app.QueryAsync(db => db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM im_survey_responses"))).ShouldBe(1);
        (await app.AsAsync("student1", sp => Steps.Surveys(sp).GetMineAsync())).Single(m => m.Survey.Id == s.Id).Answered.ShouldBeTrue();
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Submit_Should_AcceptUntilTheEndOfTheClosingDayInAlmaty_When_UtcDateIsStillTheClosingDay(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.FrameAsync(3);
        var s = await app.SurveyAsync(Today.AddDays(-5), Today);

        app.Clock.UtcNow = new DateTime(2026, 3, 2, 18, 59, 0, DateTimeKind.Utc); // 23:59 in Almaty, the closing day
        await app.AnswerAsync("student1", s.Id);
        app.Clock.UtcNow = new DateTime(2026, 3, 2, 19, 0, 0, DateTimeKind.Utc); // 00:00 on 3 March in Almaty, still 2 March in UTC
        var e = await Should.ThrowAsync<QaException>(() => app.AnswerAsync("student2", s.Id));

        e.Code.ShouldBe(SurveyErrorCodes.Closed);
        e.Status.ShouldBe(409);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Submit_Should_Refuse_When_SurveyIsNotOpenYetOrNotAddressedToTheCaller(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.FrameAsync(3);
        var s = await app.SurveyAsync(Today.AddDays(1), Today.AddDays(7));

        var early = await Should.ThrowAsync<QaException>(() => app.AnswerAsync("student1", s.Id));
        var stranger = await Should.ThrowAsync<QaException>(() => app.AnswerAsync("teacher3", s.Id));

        early.Code.ShouldBe(SurveyErrorCodes.NotOpenYet);
        stranger.Status.ShouldBe(404);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Submit_Should_DropTheAnswerAndRequireTheRest_When_ConditionIsNotMet(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.FrameAsync(3);
        var s = await app.SurveyAsync(Today, Today.AddDays(7));

        var missing = await Should.ThrowAsync<ValidationException>(() =>
            app.AnswerAsync("student1", s.Id, new() { ["overall"] = ["4"] }));
        var unknown = await Should.ThrowAsync<ValidationException>(() =>
            app.AnswerAsync("student1", s.Id, new(Steps.Sheet()) { ["nope"] = ["1"] }));
        await app.AnswerAsync("student1", s.Id, Steps.Sheet("4", "yes", "asked only when no"));

        missing.Errors.Keys.ShouldContain("Answers.recommend");
        unknown.Errors.Keys.ShouldContain("Answers.nope");
        var stored = await app.QueryAsync(db => db.ExecuteScalarAsync<string>("SELECT answers FROM im_survey_responses"));
        stored!.ShouldNotContain("why-not");
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Submit_Should_AcceptAnInvitationCodeOnce_When_SurveyAsksEmployers(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var t = await app.PublishedTemplateAsync();
        var sitis = await app.UnitAsync("SITIS");
        var created = await app.AsAsync("aqd", sp => Steps.Surveys(sp).CreateAsync(new CreateSurveyInput
        {
            TemplateId = t.Id, UnitId = sitis, Target = SurveyTarget.Employers, OpensOn = Today, ClosesOn = Today.AddDays(3), InvitationCount = 6,
        }));
        var code = created.InvitationCodes[0];

        await app.AsAsync("teacher3", sp =>
            Steps.Surveys(sp).SubmitAsync(created.Survey.Id, new() { Answers = Steps.Sheet(), InvitationCode = code }));
        var again = await Should.ThrowAsync<QaException>(() => app.AsAsync("teacher3", sp =>
            Steps.Surveys(sp).SubmitAsync(created.Survey.Id, new() { Answers = Steps.Sheet(), InvitationCode = code.ToLowerInvariant() })));
        var wrong = await Should.ThrowAsync<QaException>(() => app.AsAsync("teacher3", sp =>
            Steps.Surveys(sp).SubmitAsync(created.Survey.Id, new() { Answers = Steps.Sheet(), InvitationCode = "WRONGCODE1" })));

        created.InvitationCodes.Distinct().Count().ShouldBe(6);
        created.Survey.Population.ShouldBe(6);
        again.Code.ShouldBe(SurveyErrorCodes.AlreadyAnswered);
        wrong.Status.ShouldBe(404);
        (await app.QueryAsync(db => db.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM im_survey_population WHERE person_key = @code", new { code }))).ShouldBe(0);
    }
}
