using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.ExternalAccreditation.Readiness;
using Ektu.Qa.ExternalAccreditation.Tests.Application;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ExternalAccreditation.Tests.Readiness;

/// <summary>Recommendations' execution and the evidence library's freshness on a real database.</summary>
public sealed class ReadinessAppServiceTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static IReadinessAppService Readiness(IServiceProvider sp) => sp.GetRequiredService<IReadinessAppService>();

    [Theory, MemberData(nameof(Providers))]
    public async Task SetRecommendationStatusAsync_Should_RequireNoteAndFreeze_When_Executed(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var unit = await app.UnitAsync("SITIS-CS");
        var r = await app.AsAsync("dean.sitis", sp => Readiness(sp).AddRecommendationAsync(new SaveRecommendationInput
        {
            UnitId = unit, ExpertKind = ExpertKind.External, ExpertBody = "IAAR panel 2025", Programme = "6B06101 Computer science",
                Text = "Involve employers in assessment",
            ReceivedOn = new DateOnly(2025, 12, 1), Responsible = "Head of CS", Deadline = new DateOnly(2026, 3, 1),
        }));
        r.Status.ShouldBe(RecommendationStatus.NotStarted);
        r.IsOverdue.ShouldBeTrue(); // today is 2 March 2026
        var due = await app.AsAsync("dean.sitis", sp => Readiness(sp).AddRecommendationAsync(new SaveRecommendationInput
        {
            UnitId = unit, ExpertKind = ExpertKind.Internal, ExpertBody = "Internal audit", Text = "Publish the exam schedule earlier",
            ReceivedOn = new DateOnly(2026, 2, 1), Responsible = "Head of CS", Deadline = new DateOnly(2026, 3, 2),
        }));
        due.IsOverdue.ShouldBeFalse(); // due today
        var before = await app.AsAsync("dean.sitis", sp => Readiness(sp).GetSummaryAsync());
        var listed = await app.AsAsync("dean.sitis", sp => Readiness(sp).GetRecommendationsAsync());
        before.OverdueRecommendations.ShouldBe(listed.Count(x => x.IsOverdue));
        before.Recommendations[RecommendationStatus.NotStarted].ShouldBe(listed.Count(x => x.Status == RecommendationStatus.NotStarted));
        before.Recommendations.Values.Sum().ShouldBe(listed.Count);

        var started = await app.AsAsync("dean.sitis", sp =>
            Readiness(sp).SetRecommendationStatusAsync(r.Id, RecommendationStatus.InProgress, null, r.Version));
        var noNote = await Should.ThrowAsync<ValidationException>(() =>
            app.AsAsync("dean.sitis", sp => Readiness(sp).SetRecommendationStatusAsync(r.Id, RecommendationStatus.Executed, " ", started.Version)));
        noNote.Errors.Keys.ShouldContain("note");
        await Should.ThrowAsync<ConcurrencyConflictException>(() =>
            app.AsAsync("aqd", sp => Readiness(sp).SetRecommendationStatusAsync(r.Id, RecommendationStatus.NotExecuted, null, r.Version)));
        var done = await app.AsAsync("dean.sitis", sp =>
            Readiness(sp).SetRecommendationStatusAsync(r.Id, RecommendationStatus.Executed, "Employers sit on exam boards", started.Version));
        done.IsOverdue.ShouldBeFalse();
        (await Should.ThrowAsync<QaException>(() =>
            app.AsAsync("dean.sitis", sp => Readiness(sp).SetRecommendationStatusAsync(r.Id, RecommendationStatus.NotExecuted, null, done.Version))))
            .Code.ShouldBe(ReadinessErrorCodes.RecommendationExecuted);
        var geo = await app.UnitAsync("SEM-GEO");
        var foreign = await app.AsAsync("aqd", sp => Readiness(sp).AddRecommendationAsync(new SaveRecommendationInput
        {
            UnitId = geo, ExpertKind = ExpertKind.Internal, ExpertBody = "Internal audit", Text = "Update field practice agreements",
                ReceivedOn = new DateOnly(2026, 2, 1), Responsible = "Head of GEO",
        }));
        await Should.ThrowAsync<EntityNotFoundException>(() =>
            app.AsAsync("dean.sitis", sp =>
            Readiness(sp).SetRecommendationStatusAsync(foreign.Id, RecommendationStatus.InProgress, null, foreign.Version)));
        (await app.AsAsync("dean.sitis", sp => Readiness(sp).GetRecommendationsAsync())).ShouldNotContain(x => x.Id == foreign.Id);

        var summary = await app.AsAsync("dean.sitis", sp => Readiness(sp).GetSummaryAsync());
        summary.Recommendations[RecommendationStatus.Executed].ShouldBe(1);
        summary.OverdueRecommendations.ShouldBe(before.OverdueRecommendations - 1);
        var inScope = before.Recommendations.Values.Sum();
        summary.ExecutedPercent.ShouldBe((int)Math.Round(100m / inScope, MidpointRounding.AwayFromZero));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GetEvidenceAsync_Should_MarkStale_When_OlderThanSetting(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var unit = await app.UnitAsync("SITIS");
        // The counts below are of this test's two documents: the demo library (and the self-assessments citing it) goes first.
        foreach (var sql in new[]
                 { "DELETE FROM ea_sa_evidence_links", "UPDATE ea_ranking_entries SET evidence_id = NULL", "DELETE FROM ea_evidence_documents" })
            await app.QueryAsync(db => db.InUnitOfWorkAsync(() => db.ExecuteAsync(sql)));
        async Task<EvidenceDocumentDto> AddAsync(string title, int esg, DateOnly date) =>
            await app.AsAsync("dean.sitis", sp => Readiness(sp).AddEvidenceAsync(new SaveEvidenceDocumentInput
        {
            UnitId = unit, Title = title, EsgStandard = esg, Programme = "6B06101", Period = "2024-2025", DocumentDate = date,
                Location = "https://portal.ektu.kz/docs/" + esg,
        }));
        var fresh = await AddAsync("Self-assessment report", 1, new DateOnly(2025, 3, 2));
        var stale = await AddAsync("Employer survey", 7, new DateOnly(2025, 3, 1));
        fresh.IsStale.ShouldBeFalse();
        stale.IsStale.ShouldBeTrue();
        (await app.AsAsync("dean.sitis", sp => Readiness(sp).GetEvidenceAsync(new EvidenceFilter { StaleOnly = true })))
            .Single().Id.ShouldBe(stale.Id);
        (await app.AsAsync("dean.sitis", sp => Readiness(sp).GetEvidenceAsync(new EvidenceFilter { EsgStandard = 1 })))
            .Single().Id.ShouldBe(fresh.Id);

        // Bringing the survey up to date refreshes it; a setting of 24 months would have kept it fresh anyway.
        var updated = await app.AsAsync("dean.sitis", sp => Readiness(sp).UpdateEvidenceAsync(stale.Id, new SaveEvidenceDocumentInput
        {
            Title = "Employer survey 2026", EsgStandard = 7, Programme = "6B06101", Period = "2025-2026", DocumentDate = new DateOnly(2026, 2, 20),
                Location = "https://portal.ektu.kz/docs/7b", Version = stale.Version,
        }));
        updated.IsStale.ShouldBeFalse();
        await app.AsAsync("admin", sp => sp.GetRequiredService<Kernel.Settings.ISettingStore>().SetAsync(ReadinessSettings.EvidenceFreshMonths, "6"));
        var summary = await app.AsAsync("dean.sitis", sp => Readiness(sp).GetSummaryAsync());
        (summary.EvidenceTotal, summary.EvidenceStale).ShouldBe((2, 1));
        summary.ByStandard.Single(s => s.EsgStandard == 1).Stale.ShouldBe(1);
        (await app.AsAsync("head.cs", sp => Readiness(sp).GetEvidenceAsync(new EvidenceFilter())))
            .ShouldBeEmpty(); // school-level documents are above a department head
    }
}
