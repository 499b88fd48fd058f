using Ektu.Qa.InformationManagement.Surveys;

namespace Ektu.Qa.InformationManagement.Tests.Domain;

public sealed class SurveyRemindersTests
{
    private static readonly DateOnly Opens = new(2026, 3, 2);
    private static readonly DateOnly Closes = new(2026, 3, 20);

    [Theory]
    [InlineData(0, true)]    // the opening day
    [InlineData(1, false)]
    [InlineData(7, true)]    // a week later
    [InlineData(18, true)]   // the closing day
    [InlineData(-1, false)]  // not open yet
    [InlineData(21, false)]  // closed, though a multiple of seven
    public void IsReminderDay_Should_RemindOnOpeningWeeklyAndOnTheLastDay_When_SurveyIsOpen(int day, bool reminded) =>
        SurveyReminders.IsReminderDay(Opens, Closes, Opens.AddDays(day)).ShouldBe(reminded);
}
