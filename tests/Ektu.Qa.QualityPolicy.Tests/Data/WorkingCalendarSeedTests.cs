using Ektu.Qa.QualityPolicy.Calendar;
using Ektu.Qa.QualityPolicy.Holidays;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.QualityPolicy.Tests.Data;

/// <summary>The seeded Kazakhstan calendar for 2024–2027 as other modules read it, and its edits (SQLite and MariaDB).</summary>
public sealed class WorkingCalendarSeedTests
{
    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task GetExceptions_Should_KnowMovedDaysOffAndGovernmentTransfers_When_Seeded(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var days = await app.AsAsync("aqd", sp =>
            sp.GetRequiredService<IWorkingCalendar>().GetExceptionsAsync(new DateOnly(2024, 1, 1), new DateOnly(2027, 12, 31)));
        bool? At(int y, int m, int d) => days.TryGetValue(new DateOnly(y, m, d), out var w) ? w : null;

        // Weekend public holidays move their day off (Labour Code art. 85).
        At(2024, 3, 25).ShouldBe(false); // Nauryz, Saturday 23 March 2024
        At(2024, 7, 8).ShouldBe(false);  // Capital Day, Saturday 6 July 2024
        At(2025, 3, 10).ShouldBe(false); // Women's Day, Saturday 8 March 2025
        At(2025, 3, 24).ShouldBe(false); // Nauryz, Saturday 22 March 2025
        At(2025, 3, 25).ShouldBe(false); // Nauryz, Sunday 23 March 2025
        At(2025, 9, 1).ShouldBe(false);  // Constitution Day, Saturday 30 August 2025
        At(2025, 10, 27).ShouldBe(false); // Republic Day, Saturday 25 October 2025
        At(2026, 5, 11).ShouldBe(false); // Victory Day, Saturday 9 May 2026
        At(2027, 1, 4).ShouldBe(false);  // New Year, Saturday 2 January 2027
        // Religious holidays do not: Kurban ait on Sunday 16 June 2024, Orthodox Christmas on Sunday 7 January 2024.
        At(2024, 6, 17).ShouldBeNull();
        At(2024, 1, 8).ShouldBeNull();
        At(2026, 3, 9).ShouldBe(false);  // Women's Day, Sunday 8 March 2026
        At(2026, 3, 24).ShouldBe(false); // Nauryz, Saturday 21 March 2026 (Monday 23 March is Nauryz itself)
        At(2026, 3, 25).ShouldBe(false); // Nauryz, Sunday 22 March 2026
        At(2026, 8, 31).ShouldBe(false); // Constitution Day, Sunday 30 August 2026
        At(2026, 10, 26).ShouldBe(false); // Republic Day, Sunday 25 October 2026
        At(2026, 3, 26).ShouldBeNull();
        // The Minister of Labour's transfers: Saturday 4 May 2024 → Wednesday 8 May (order of 17 April 2024);
        // Sunday 5 January 2025 → Friday 3 January, so Saturday 4 January stays a day off and Sunday 5 January is worked.
        At(2024, 5, 4).ShouldBe(true);
        At(2024, 5, 8).ShouldBe(false);
        At(2025, 1, 3).ShouldBe(false);
        At(2025, 1, 4).ShouldBeNull();
        At(2025, 1, 5).ShouldBe(true);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task GetYear_Should_ShowMovedDayOff_When_APublicHolidayIsAddedOnASunday(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var holidays = (IServiceProvider sp) => sp.GetRequiredService<IHolidayAppService>();
        // Sunday 1 November 2026, entered by hand as a public holiday: Monday 2 November becomes the day off.
        var added = await app.AsAsync("aqd", sp => holidays(sp).AddAsync(new SaveHolidayInput
        {
            Day = new DateOnly(2026, 11, 1), MovesOffWeekend = true, NameKk = "Мереке", NameRu = "Праздник", NameEn = "Holiday",
        }));
        var year = await app.AsAsync("aqd", sp => holidays(sp).GetYearAsync(2026));
        year.ShouldContain(h => h.Day == new DateOnly(2026, 11, 2) && h.MovedFrom == new DateOnly(2026, 11, 1) && !h.IsWorkingDay);
        await app.AsAsync("aqd", async sp => { await holidays(sp).RemoveAsync(added.Id, added.Version); return 0; });
        (await app.AsAsync("aqd", sp => holidays(sp).GetYearAsync(2026))).ShouldNotContain(h => h.Day == new DateOnly(2026, 11, 2));
    }
}
