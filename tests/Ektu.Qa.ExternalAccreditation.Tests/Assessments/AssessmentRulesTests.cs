using Ektu.Qa.ExternalAccreditation.Accreditations;
using Ektu.Qa.ExternalAccreditation.Assessments;

namespace Ektu.Qa.ExternalAccreditation.Tests.Assessments;

/// <summary>The procedure's rules at their edges: a step due today is not overdue, the day after it is.</summary>
public sealed class AssessmentRulesTests
{
    private static readonly DateOnly Due = new(2026, 3, 16);
    private static readonly DateTime DueAt = new(2026, 3, 16, 6, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void IsOverdue_Should_BeFalseOnTheDeadlineDayAndTrueTheDayAfter_When_TheStepIsOpen()
    {
        AssessmentRules.IsOverdue(DueAt, null, Due, Due.AddDays(-1)).ShouldBeFalse();
        AssessmentRules.IsOverdue(DueAt, null, Due, Due).ShouldBeFalse();
        AssessmentRules.IsOverdue(DueAt, null, Due, Due.AddDays(1)).ShouldBeTrue();
    }

    [Fact]
    public void IsOverdue_Should_BeFalse_When_TheStepIsDoneOrHasNoDeadline()
    {
        AssessmentRules.IsOverdue(DueAt, DueAt.AddDays(3), Due, Due.AddDays(5)).ShouldBeFalse();
        AssessmentRules.IsOverdue(null, null, Due, Due.AddDays(5)).ShouldBeFalse();
    }

    [Fact]
    public void PlanMayClose_Should_AskForAnItem_When_TheDecisionIsConditionalOrDenied()
    {
        AssessmentRules.PlanMayClose(AccreditationDecision.Accredited, 0).ShouldBeTrue();
        AssessmentRules.PlanMayClose(AccreditationDecision.Conditional, 0).ShouldBeFalse();
        AssessmentRules.PlanMayClose(AccreditationDecision.Denied, 0).ShouldBeFalse();
        AssessmentRules.PlanMayClose(AccreditationDecision.Denied, 1).ShouldBeTrue();
    }

    [Fact]
    public void FormValue_Should_RoundTripTheDecisions_When_TheModelRoutesOnThem()
    {
        foreach (var d in new[] { AccreditationDecision.Accredited, AccreditationDecision.Conditional, AccreditationDecision.Denied })
            AssessmentRules.FromFormValue(AssessmentRules.FormValue(d)).ShouldBe(d);
        AssessmentRules.FromFormValue("pending").ShouldBeNull();
        AssessmentRules.IdOf(AssessmentRules.BusinessKey(Guid.Empty)).ShouldBe(Guid.Empty);
        AssessmentRules.IdOf("qp-document:1").ShouldBeNull();
    }
}
