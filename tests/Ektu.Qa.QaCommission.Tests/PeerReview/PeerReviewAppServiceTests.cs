using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.QaCommission.PeerReview;
using Ektu.Qa.QaCommission.Tests.Application;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.QaCommission.Tests.PeerReview;

/// <summary>Peer observations on a real database: template, plan, scored form, acknowledgement, CAPA proposal, summary.</summary>
public sealed class PeerReviewAppServiceTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static IPeerReviewAppService Reviews(IServiceProvider sp) => sp.GetRequiredService<IPeerReviewAppService>();

    private static async Task<(ObservationTemplateDto Template, ObservationDto Observation)> PlannedAsync(TestApp app)
    {
        var t = await app.AsAsync("dean.sitis", sp => Reviews(sp).CreateTemplateAsync(new SaveTemplateInput
        {
            Name = "Lecture 2026",
            Criteria = [new() { Title = "Learning outcomes stated", MaxScore = 5 }, new() { Title = "Active learning", MaxScore = 5 },
                new() { Title = "Assessment feedback", MaxScore = 5 }],
        }));
        var unit = await app.UnitAsync("SITIS-CS");
        var o = await app.AsAsync("head.cs", async sp => await Reviews(sp).PlanAsync(new PlanObservationInput
        {
            UnitId = unit, TemplateId = t.Id, ObserverUserId = await app.UserIdAsync("head.cs"), TeacherUserId = await app.UserIdAsync("teacher1"),
            Course = "Databases", PlannedOn = new DateOnly(2026, 3, 10),
        }));
        return (t, o);
    }

    private static SubmitObservationInput Form(ObservationTemplateDto t, int version, params int[] scores) => new()
    {
        Scores = t.Criteria.Select((c, i) => (c.Id, scores[i])).Where(x => x.Item2 > 0).ToDictionary(x => x.Id, x => x.Item2),
        Strengths = "Clear structure", Improvements = "Give feedback on the quiz", Version = version,
    };

    [Theory, MemberData(nameof(Providers))]
    public async Task SubmitAsync_Should_ScoreAverageAndProposeCapa_When_ObserverGivesLowScore(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (t, o) = await PlannedAsync(app);
        o.State.ShouldBe(ObservationState.Planned);
        (await Should.ThrowAsync<QaException>(() =>
            app.AsAsync("teacher1", sp =>
            Reviews(sp).SubmitAsync(o.Id, Form(t, o.Version, 5, 3, 2))))).Code.ShouldBe(PeerReviewErrorCodes.NotObserver);
        var incomplete = await Should.ThrowAsync<ValidationException>(() =>
            app.AsAsync("head.cs", sp => Reviews(sp).SubmitAsync(o.Id, Form(t, o.Version, 5, 3, 0))));
        incomplete.Errors.Keys.ShouldContain("Scores");
        var range = await Should.ThrowAsync<ValidationException>(() =>
            app.AsAsync("head.cs", sp => Reviews(sp).SubmitAsync(o.Id, Form(t, o.Version, 6, 3, 2))));
        range.Errors.Keys.ShouldContain($"Scores[{t.Criteria[0].Id}]");

        var d = await app.AsAsync("head.cs", sp => Reviews(sp).SubmitAsync(o.Id, Form(t, o.Version, 5, 3, 2)));
        d.Observation.State.ShouldBe(ObservationState.Submitted);
        d.Average.ShouldBe(3.33m);
        d.Observation.ScorePercent.ShouldBe(67);
        d.Scores.Select(s => s.IsLow).ShouldBe([false, false, true]); // 3/5 is exactly the 60 % threshold: not low
        d.CapaProposal.ShouldNotBeNull();
        d.CapaProposal.Problem.ShouldContain("Assessment feedback 2/5");
        d.CapaProposal.Problem.ShouldNotContain("Active learning");

        (await Should.ThrowAsync<QaException>(() =>
            app.AsAsync("head.cs", sp =>
            Reviews(sp).AcknowledgeAsync(o.Id, null, d.Observation.Version)))).Code.ShouldBe(PeerReviewErrorCodes.NotTeacher);
        var ack = await app.AsAsync("teacher1", sp => Reviews(sp).AcknowledgeAsync(o.Id, "Will add feedback", d.Observation.Version));
        ack.Observation.State.ShouldBe(ObservationState.Acknowledged);
        ack.Observation.AcknowledgedAt.ShouldNotBeNull();
        (await Should.ThrowAsync<QaException>(() =>
            app.AsAsync("teacher1", sp =>
            Reviews(sp).AcknowledgeAsync(o.Id, null, ack.Observation.Version)))).Code.ShouldBe(PeerReviewErrorCodes.InvalidTransition);

        var item = await app.AsAsync("dean.sitis", sp => sp.GetRequiredService<ICapaAppService>().CreateAsync(ack.CapaProposal!));
        item.Source.ShouldBe(QaCommissionCapaSources.PeerReview);
        var after = await app.AsAsync("dean.sitis", sp => Reviews(sp).GetAsync(o.Id));
        after.CapaProposal.ShouldBeNull();
        after.Capa.Single().Id.ShouldBe(item.Id);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task SubmitAsync_Should_ProposeNothing_When_AllScoresAtThreshold(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (t, o) = await PlannedAsync(app);
        var d = await app.AsAsync("head.cs", sp => Reviews(sp).SubmitAsync(o.Id, Form(t, o.Version, 3, 3, 3)));
        d.CapaProposal.ShouldBeNull();
        d.Observation.ScorePercent.ShouldBe(60);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GetSummaryAsync_Should_ListDevelopmentNeeds_When_CriterionMeanBelowThreshold(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (t, o) = await PlannedAsync(app);
        await app.AsAsync("head.cs", sp => Reviews(sp).SubmitAsync(o.Id, Form(t, o.Version, 5, 3, 2)));
        var unit = await app.UnitAsync("SITIS-CS");
        var second = await app.AsAsync("head.cs", async sp => await Reviews(sp).PlanAsync(new PlanObservationInput
        {
            UnitId = unit, TemplateId = t.Id, ObserverUserId = await app.UserIdAsync("head.cs"), TeacherUserId = await app.UserIdAsync("teacher1"),
                Course = "Networks", PlannedOn = new DateOnly(2026, 3, 12),
        }));
        await app.AsAsync("head.cs", sp => Reviews(sp).SubmitAsync(second.Id, Form(t, second.Version, 4, 2, 3)));

        var school = await app.UnitAsync("SITIS");
        var summary =
            (await app.AsAsync("dean.sitis", sp =>
            Reviews(sp).GetSummaryAsync(school, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)))).Single();
        summary.Observations.ShouldBe(2);
        summary.ScorePercent.ShouldBe(63); // 19 of 30
        // Active learning 5/10 = 50 % and assessment feedback 5/10 = 50 % are below 60 %; outcomes 9/10 are not.
        summary.DevelopmentNeeds.Order().ShouldBe(["Active learning", "Assessment feedback"]);
        (await app.AsAsync("dean.sitis", sp =>
            Reviews(sp).GetSummaryAsync(school, new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30)))).ShouldBeEmpty();
        await Should.ThrowAsync<EntityNotFoundException>(() => app.AsAsync("teacher3", sp => Reviews(sp).GetAsync(o.Id)));
        (await app.AsAsync("teacher1", sp => Reviews(sp).GetMineAsync())).Count.ShouldBe(2);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task PlanAsync_Should_Refuse_When_TemplateInactiveOrSelfObservation(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (t, _) = await PlannedAsync(app);
        var unit = await app.UnitAsync("SITIS-CS");
        var me = await app.UserIdAsync("head.cs");
        var self = await Should.ThrowAsync<ValidationException>(() => app.AsAsync("head.cs", sp => Reviews(sp).PlanAsync(new PlanObservationInput
        {
            UnitId = unit, TemplateId = t.Id, ObserverUserId = me, TeacherUserId = me, Course = "Databases", PlannedOn = new DateOnly(2026, 3, 10),
        })));
        self.Errors["ObserverUserId"].ShouldContain(PeerReviewErrorCodes.SelfObservation);
        var off = await app.AsAsync("dean.sitis", sp => Reviews(sp).SetTemplateActiveAsync(t.Id, false, t.Version));
        off.IsActive.ShouldBeFalse();
        var teacher = await app.UserIdAsync("teacher1");
        (await Should.ThrowAsync<QaException>(() => app.AsAsync("head.cs", sp => Reviews(sp).PlanAsync(new PlanObservationInput
        {
            UnitId = unit, TemplateId = t.Id, ObserverUserId = me, TeacherUserId = teacher, Course = "Databases",
                PlannedOn = new DateOnly(2026, 3, 10),
        })))).Code.ShouldBe(PeerReviewErrorCodes.TemplateInactive);
    }
}
