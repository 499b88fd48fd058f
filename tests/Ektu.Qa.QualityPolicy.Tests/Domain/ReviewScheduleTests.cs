using Ektu.Qa.QualityPolicy.Documents;

namespace Ektu.Qa.QualityPolicy.Tests.Domain;

public sealed class ReviewScheduleTests
{
    [Fact]
    public void DueOn_Should_BeExactlyThreeYearsLater_When_Approved()
    {
        ReviewSchedule.DueOn(new DateOnly(2026, 3, 2)).ShouldBe(new DateOnly(2029, 3, 2));
    }

    [Fact]
    public void DueOn_Should_Be28February_When_ApprovedOn29February()
    {
        // Never later than three years: 29 Feb 2024 → 28 Feb 2027 (not 1 March).
        ReviewSchedule.DueOn(new DateOnly(2024, 2, 29)).ShouldBe(new DateOnly(2027, 2, 28));
    }

    [Fact]
    public void IsOverdue_Should_BeTrueOnlyAfterDueDay_When_Compared()
    {
        var due = new DateOnly(2029, 3, 2);
        ReviewSchedule.IsOverdue(due, new DateOnly(2029, 3, 2)).ShouldBeFalse();
        ReviewSchedule.IsOverdue(due, new DateOnly(2029, 3, 3)).ShouldBeTrue();
        ReviewSchedule.IsOverdue(null, new DateOnly(2029, 3, 3)).ShouldBeFalse();
    }
}
