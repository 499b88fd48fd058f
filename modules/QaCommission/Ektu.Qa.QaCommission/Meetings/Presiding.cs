namespace Ektu.Qa.QaCommission.Meetings;

/// <summary>
/// 004 §7.2.3: the chair presides; when absent the deputy; when both are absent a member appointed temporarily by the
/// dean's order. Null when nobody may preside (nobody appointed, or the appointee is not present).
/// </summary>
internal static class Presiding
{
    public static Guid? Resolve(Guid? chair, Guid? deputy, Guid? appointed, Func<Guid, bool> isPresent)
    {
        if (chair is { } c && isPresent(c)) return c;
        if (deputy is { } d && isPresent(d)) return d;
        return appointed is { } a && isPresent(a) ? a : null;
    }

    /// <summary>An appointment is only for the case where both are absent.</summary>
    public static bool AppointmentNeeded(Guid? chair, Guid? deputy, Func<Guid, bool> isPresent) =>
        !(chair is { } c && isPresent(c)) && !(deputy is { } d && isPresent(d));
}
