namespace Ektu.Qa.QaCommission.Commissions;

/// <summary>004 §4: members are approved for three years; the term ends on the same calendar day three years on (exclusive).</summary>
internal static class MemberTerm
{
    public static DateOnly End(DateOnly start) => start.AddYears(QaCommissionConsts.TermYears);

    /// <summary>A member counts on <paramref name="day"/> from the term's start until (not including) its end or early end.</summary>
    public static bool IsActiveOn(DateOnly termStart, DateOnly termEnd, DateOnly? endedOn, DateOnly day) =>
        day >= termStart && day < termEnd && (endedOn is not { } e || day < e);

    /// <summary>The term ends within <paramref name="warningDays"/> days (and has not ended yet).</summary>
    public static bool EndingSoon(DateOnly termEnd, DateOnly today, int warningDays) =>
        today < termEnd && termEnd.DayNumber - today.DayNumber <= warningDays;
}
