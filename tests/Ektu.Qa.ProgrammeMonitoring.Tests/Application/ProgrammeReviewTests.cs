using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.ProgrammeMonitoring.Effectiveness;
using Ektu.Qa.ProgrammeMonitoring.Reviews;
using Ektu.Qa.TestKit;

namespace Ektu.Qa.ProgrammeMonitoring.Tests.Application;

/// <summary>Triggers, review cycles and the effect of review actions, at the edges of their rules.</summary>
public sealed class ProgrammeReviewTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Schedule_Should_BeDueExactlyOnTheCyclesDay_When_AnchorIsCycleYearsAgo(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var id = await app.ProgrammeIdAsync("B057");

        var onTheDay = await app.AsAsync("aqd", sp => MonitoringSteps.Reviews(sp).SetScheduleAsync(id,
            new SetScheduleInput { CycleYears = 5, AnchorOn = Today.AddYears(-5), Version = 1 }));
        var dayBefore = await app.AsAsync("aqd", sp => MonitoringSteps.Reviews(sp).SetScheduleAsync(id,
            new SetScheduleInput { CycleYears = 5, AnchorOn = Today.AddYears(-5).AddDays(1), Version = onTheDay.Version }));

        onTheDay.NextPeriodicDue.ShouldBe(Today);
        onTheDay.PeriodicDue.ShouldBeTrue();
        dayBefore.NextPeriodicDue.ShouldBe(Today.AddDays(1));
        dayBefore.PeriodicDue.ShouldBeFalse();
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Decide_Should_RefuseAClosingWithoutReason_When_NoReviewIsOpened(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var id = await app.ProgrammeIdAsync("B057");
        var t = await app.AsAsync("aqd", sp => MonitoringSteps.Reviews(sp).RecordTriggerAsync(new RecordTriggerInput
        {
            ProgrammeId = id, Kind = TriggerKind.NewProfessionalStandards, Source = "Atameken", Text = "New standard for software engineers",
        }));

        var e = await Should.ThrowAsync<ValidationException>(() => app.AsAsync("aqd", sp =>
            MonitoringSteps.Reviews(sp).DecideTriggerAsync(t.Id, new DecideTriggerInput { OpenReview = false, Reason = "  ", Version = t.Version })));
        var declined = await app.AsAsync("aqd", sp => MonitoringSteps.Reviews(sp).DecideTriggerAsync(t.Id,
            new DecideTriggerInput { OpenReview = false, Reason = "Already covered by course SE301", Version = t.Version }));

        e.Errors["Reason"].ShouldBe([ErrorCodes.Required]);
        declined.State.ShouldBe(TriggerState.Declined);
        declined.DecisionReason.ShouldBe("Already covered by course SE301");
        (await app.AsAsync("aqd", sp => MonitoringSteps.Reviews(sp).GetTriggersAsync(id, openOnly: true))).ShouldNotContain(x => x.Id == t.Id);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Decide_Should_OpenATriggeredReview_When_AskedTo(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var id = await app.ProgrammeIdAsync("B057");
        var t = await app.AsAsync("dean.sitis", sp => MonitoringSteps.Reviews(sp).RecordTriggerAsync(new RecordTriggerInput
        {
            ProgrammeId = id, Kind = TriggerKind.EmployerProposals, Source = "Round table", Text = "More practice in DevOps",
        }));

        var opened = await app.AsAsync("dean.sitis", sp => MonitoringSteps.Reviews(sp).DecideTriggerAsync(t.Id,
            new DecideTriggerInput { OpenReview = true, Version = t.Version }));
        var again = await Should.ThrowAsync<QaException>(() => app.AsAsync("dean.sitis", sp => MonitoringSteps.Reviews(sp).DecideTriggerAsync(t.Id,
            new DecideTriggerInput { OpenReview = true, Version = opened.Version })));

        opened.State.ShouldBe(TriggerState.ReviewOpened);
        var review = await app.AsAsync("dean.sitis", sp => MonitoringSteps.Reviews(sp).GetReviewAsync(opened.ReviewId!.Value));
        review.Kind.ShouldBe(ReviewKind.Triggered);
        again.Code.ShouldBe(ReviewErrorCodes.TriggerDecided);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task CloseAction_Should_FlagTheAction_When_ItsIndicatorDidNotMove(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var id = await app.ProgrammeIdAsync("B057");
        await app.AsAsync("aqd", sp => MonitoringSteps.Effectiveness(sp).SaveValueAsync(
            new SaveValueInput { ProgrammeId = id, Year = 2025, Indicator = EffectivenessIndicator.Employment, Value = 70 }));
        await app.AsAsync("aqd", sp => MonitoringSteps.Effectiveness(sp).SaveValueAsync(
            new SaveValueInput { ProgrammeId = id, Year = 2025, Indicator = EffectivenessIndicator.Completion, Value = 70 }));
        var review = await app.AsAsync("aqd", sp => MonitoringSteps.Reviews(sp).StartReviewAsync(id, ReviewKind.YearlyMonitoring));
        review = await app.AsAsync("aqd", sp => MonitoringSteps.Reviews(sp).AddActionAsync(review.Id, new AddActionInput
            { Text = "Career days", Indicator = EffectivenessIndicator.Employment, Deadline = Today.AddMonths(3) }));
        review = await app.AsAsync("aqd", sp => MonitoringSteps.Reviews(sp).AddActionAsync(review.Id, new AddActionInput
            { Text = "Thesis clinics", Indicator = EffectivenessIndicator.Completion, Deadline = Today.AddMonths(3) }));
        // The next cycle: employment stood still, completion rose by a hundredth.
        await app.AsAsync("aqd", sp => MonitoringSteps.Effectiveness(sp).SaveValueAsync(
            new SaveValueInput { ProgrammeId = id, Year = 2026, Indicator = EffectivenessIndicator.Employment, Value = 70 }));
        await app.AsAsync("aqd", sp => MonitoringSteps.Effectiveness(sp).SaveValueAsync(
            new SaveValueInput { ProgrammeId = id, Year = 2026, Indicator = EffectivenessIndicator.Completion, Value = 70.01m }));

        foreach (var a in review.Actions)
            review = await app.AsAsync("aqd", sp => MonitoringSteps.Reviews(sp).CloseActionAsync(review.Id, a.Id));

        var employment = review.Actions.Single(a => a.Indicator == EffectivenessIndicator.Employment);
        employment.Baseline.ShouldBe(70m);
        employment.Latest.ShouldBe(70m);
        employment.Moved.ShouldBe(false);
        employment.ClosedWithoutEffect.ShouldBeTrue();
        var completion = review.Actions.Single(a => a.Indicator == EffectivenessIndicator.Completion);
        completion.Moved.ShouldBe(true);
        completion.ClosedWithoutEffect.ShouldBeFalse();
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Review_Should_Answer404_When_ProgrammeIsAnotherSchools(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var mining = await app.ProgrammeIdAsync("B071");
        var review = await app.AsAsync("aqd", sp => MonitoringSteps.Reviews(sp).StartReviewAsync(mining, ReviewKind.Periodic));

        await Should.ThrowAsync<EntityNotFoundException>(() =>
            app.AsAsync("dean.sitis", sp => MonitoringSteps.Reviews(sp).GetReviewAsync(review.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => app.AsAsync("dean.sitis", sp =>
            MonitoringSteps.Reviews(sp).SaveReviewAsync(review.Id, new SaveReviewInput { SelfEvaluation = "x", Version = review.Version })));
        await Should.ThrowAsync<EntityNotFoundException>(() => app.AsAsync("dean.sitis", sp =>
            MonitoringSteps.Reviews(sp).StartReviewAsync(mining, ReviewKind.Periodic)));
        (await app.AsAsync("dean.sitis", sp => MonitoringSteps.Reviews(sp).GetReviewsAsync(null))).ShouldNotContain(r => r.ProgrammeId == mining);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Complete_Should_RestartTheCycleAndPublishTheChanges_When_PeriodicReviewEnds(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var id = await app.ProgrammeIdAsync("B057");
        var review = await app.AsAsync("aqd", sp => MonitoringSteps.Reviews(sp).StartReviewAsync(id, ReviewKind.Periodic));
        review = await app.AsAsync("aqd", sp => MonitoringSteps.Reviews(sp).SaveReviewAsync(review.Id, new SaveReviewInput
            { SelfEvaluation = "Outcomes met", PublishedChanges = "Cloud operations course added", Version = review.Version }));

        var done = await app.AsAsync("aqd", sp => MonitoringSteps.Reviews(sp).CompleteReviewAsync(review.Id, review.Version));
        var stale = await Should.ThrowAsync<QaException>(() => app.AsAsync("aqd", sp =>
            MonitoringSteps.Reviews(sp).SaveReviewAsync(review.Id, new SaveReviewInput { Version = done.Version })));

        done.State.ShouldBe(ReviewState.Completed);
        stale.Code.ShouldBe(ReviewErrorCodes.ReviewCompleted);
        var schedule = await app.AsAsync("aqd", sp => MonitoringSteps.Reviews(sp).GetScheduleAsync(id));
        schedule.AnchorOn.ShouldBe(Today);
        schedule.NextPeriodicDue.ShouldBe(Today.AddYears(schedule.CycleYears));
        var published = await app.AsAsync("aqd", sp => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<IProgrammeReviewIntegrationService>(sp).GetPublishedChangesAsync(Today, Today));
        published.ShouldContain(p => p.ProgrammeId == id && p.Changes == "Cloud operations course added");
    }
}
