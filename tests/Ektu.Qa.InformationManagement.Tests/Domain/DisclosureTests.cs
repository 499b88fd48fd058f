using Ektu.Qa.InformationManagement.Surveys;

namespace Ektu.Qa.InformationManagement.Tests.Domain;

public sealed class DisclosureTests
{
    [Theory]
    [InlineData(5, 5, true)]   // the whole survey at the threshold
    [InlineData(4, 4, false)]  // the whole survey below it
    [InlineData(5, 9, false)]  // the rest (4) would be the total minus this group
    [InlineData(5, 10, true)]
    [InlineData(0, 10, false)]
    public void Shows_Should_RequireTheGroupAndItsRestAtTheMinimum_When_AFilterNarrowsTheSurvey(int group, int all, bool shown) =>
        Disclosure.Shows(group, all, 5).ShouldBe(shown);

    [Fact]
    public void HiddenColumns_Should_HideTheNextSmallest_When_OnlyOneSmallColumnWouldBeHidden() =>
        Disclosure.HiddenColumns([12, 2, 7, 9], 5).ShouldBe([false, true, true, false]);

    [Fact]
    public void HiddenColumns_Should_HideNothing_When_EveryColumnReachesTheMinimum() =>
        Disclosure.HiddenColumns([5, 6], 5).ShouldBe([false, false]);

    [Fact]
    public void HiddenColumns_Should_StopHiding_When_HiddenColumnsTogetherReachTheMinimum() =>
        Disclosure.HiddenColumns([3, 2, 8, 20], 5).ShouldBe([true, true, false, false]);
}
