using Ektu.Qa.QaCommission.Reports;

namespace Ektu.Qa.QaCommission.Tests.Reports;

/// <summary>The report periods and the strengths / risks rules at their thresholds.</summary>
public sealed class ReportRulesTests
{
    [Fact]
    public void Contains_Should_End31JanuaryForInterimAnd30JuneForFinal_When_AcademicYearStartsInSeptember()
    {
        ReportPeriod.For(2025, SemiAnnualKind.Interim).ShouldBe((new DateOnly(2025, 9, 1), new DateOnly(2026, 1, 31)));
        ReportPeriod.Contains(2025, SemiAnnualKind.Interim, new DateOnly(2026, 1, 31)).ShouldBeTrue();
        ReportPeriod.Contains(2025, SemiAnnualKind.Interim, new DateOnly(2026, 2, 1)).ShouldBeFalse();
        ReportPeriod.Contains(2025, SemiAnnualKind.Interim, new DateOnly(2025, 8, 31)).ShouldBeFalse();
        ReportPeriod.Contains(2025, SemiAnnualKind.Final, new DateOnly(2026, 6, 30)).ShouldBeTrue();
        ReportPeriod.Contains(2025, SemiAnnualKind.Final, new DateOnly(2026, 7, 1)).ShouldBeFalse();
        ReportPeriod.Contains(2025, SemiAnnualKind.Final, new DateOnly(2025, 9, 1)).ShouldBeTrue();
    }

    [Fact]
    public void LatestEndedYear_Should_PickThePeriodJustEnded_When_ScheduleRunsOn5FebruaryAnd5July()
    {
        ReportPeriod.LatestEndedYear(SemiAnnualKind.Interim, new DateOnly(2026, 2, 5)).ShouldBe(2025);
        ReportPeriod.LatestEndedYear(SemiAnnualKind.Final, new DateOnly(2026, 7, 5)).ShouldBe(2025);
        // On 31 January the interim has not ended yet: the previous year's is the latest one.
        ReportPeriod.LatestEndedYear(SemiAnnualKind.Interim, new DateOnly(2026, 1, 31)).ShouldBe(2024);
        ReportPeriod.LatestEndedYear(SemiAnnualKind.Final, new DateOnly(2026, 6, 30)).ShouldBe(2024);
    }

    private static SemiAnnualFigures Healthy => new() { MeetingsHeld = 3, DecisionsAdopted = 10, DecisionsExecuted = 8, PeerReviewLowThreshold = 60 };

    private static IReadOnlyList<string> Codes(SemiAnnualFigures f, bool risks) =>
        SemiAnnualRules.Evaluate(f).Where(x => x.IsRisk == risks).Select(x => x.Code).ToList();

    [Fact]
    public void Evaluate_Should_CountExecutionRateAsStrength_When_AtLeast80Percent()
    {
        var strengths = SemiAnnualRules.Evaluate(Healthy).Where(x => !x.IsRisk).ToList();
        strengths.ShouldContain(x => x.Code == "ExecutionRate" && x.Value == 80);
        Codes(Healthy with { DecisionsExecuted = 7 }, risks: false).ShouldNotContain("ExecutionRate");
        // 79.9 % rounds down, so it is not 80 %.
        Codes(Healthy with { DecisionsAdopted = 1000, DecisionsExecuted = 799 }, risks: false).ShouldNotContain("ExecutionRate");
        Codes(Healthy with { DecisionsAdopted = 0, DecisionsExecuted = 0 }, risks: false).ShouldNotContain("ExecutionRate");
        Codes(Healthy, risks: true).ShouldBeEmpty();
    }

    [Fact]
    public void Evaluate_Should_RaiseRiskWithProposal_When_EachRuleIsCrossed()
    {
        Codes(Healthy with { DecisionsOverdue = 1 }, risks: true).ShouldBe(["OverdueDecisions"]);
        Codes(Healthy with { MeetingGaps = 1 }, risks: true).ShouldBe(["MeetingGaps"]);
        Codes(Healthy with { MeetingGaps = 1 }, risks: false).ShouldNotContain("RegularMeetings");
        Codes(Healthy with { MeetingsHeld = 0 }, risks: true).ShouldBe(["NoMeetings"]);
        Codes(Healthy with { MeetingsWithoutQuorum = 1 }, risks: true).ShouldBe(["NoQuorum"]);
        Codes(Healthy with { CapaClosed = 2, CapaReopened = 1 }, risks: true).ShouldBe(["IneffectiveCapa"]);
        Codes(Healthy with { CapaClosed = 2, CapaReopened = 1 }, risks: false).ShouldNotContain("CapaEffective");
        Codes(Healthy with { CapaClosed = 2 }, risks: false).ShouldContain("CapaEffective");
        Codes(Healthy with { CapaOverdue = 1 }, risks: true).ShouldBe(["OverdueCapa"]);
        Codes(Healthy with { AppealsReceived = 4, AppealsOverdue = 1 }, risks: true).ShouldBe(["OverdueAppeals"]);
        Codes(Healthy with { RecommendationsOverdue = 2 }, risks: true).ShouldBe(["OverdueRecommendations"]);
        var risk = SemiAnnualRules.Evaluate(Healthy with { DecisionsOverdue = 3 }).Single(x => x.IsRisk);
        risk.Value.ShouldBe(3);
        risk.ProposalKey.ShouldBe("QaCommission:Report.Proposal.OverdueDecisions");
    }

    [Fact]
    public void Evaluate_Should_RaiseLowPeerReviewBelowThresholdOnly_When_MeanIsAtTheThreshold()
    {
        Codes(Healthy with { PeerReviewPercent = 60 }, risks: true).ShouldBeEmpty();
        Codes(Healthy with { PeerReviewPercent = 59 }, risks: true).ShouldBe(["LowPeerReview"]);
        Codes(Healthy with { PeerReviewPercent = 80 }, risks: false).ShouldContain("PeerReviewHigh");
        Codes(Healthy with { PeerReviewPercent = 79 }, risks: false).ShouldNotContain("PeerReviewHigh");
    }

    [Fact]
    public void StatusAsOf_Should_ShowOverdueOnlyAfterDeadline_When_NotExecuted()
    {
        static Register.RegisterEntryDto Entry(DateOnly? deadline, Register.ExecutionStatus s, DateOnly? executedOn = null) => new()
        {
            Decision = new Meetings.DecisionDto { Deadline = deadline, ExecutionStatus = s, ExecutedOn = executedOn },
        };
        var asOf = new DateOnly(2026, 1, 31);
        SemiAnnualCollector.StatusAsOf(Entry(asOf, Register.ExecutionStatus.Open), asOf).ShouldBe("Open");
        SemiAnnualCollector.StatusAsOf(Entry(asOf.AddDays(-1), Register.ExecutionStatus.InProgress), asOf).ShouldBe("Overdue");
        SemiAnnualCollector.StatusAsOf(Entry(asOf, Register.ExecutionStatus.InProgress), asOf).ShouldBe("InProgress");
        SemiAnnualCollector.StatusAsOf(Entry(asOf.AddDays(-5), Register.ExecutionStatus.Executed, asOf), asOf).ShouldBe("Executed");
        // Executed after the period's end: overdue as of the period's end.
        SemiAnnualCollector.StatusAsOf(Entry(asOf.AddDays(-5), Register.ExecutionStatus.Executed, asOf.AddDays(1)), asOf).ShouldBe("Overdue");
    }
}
