using Ektu.Qa.Kernel.Input;

namespace Ektu.Qa.ExternalAccreditation.Accreditations;

/// <summary>
/// Validity, expiry warnings and status of an accreditation on a given day. Validity includes both ends: ending today is
/// still valid, the day after is expired. A warning of N months is reached on the same day-of-month N months before the
/// end (exactly 6 months before is the 6-month warning, the day before it still the 12-month one).
/// </summary>
internal static class AccreditationRules
{
    public static bool IsDecided(AccreditationDecision d) => d is AccreditationDecision.Accredited or AccreditationDecision.Conditional;

    /// <summary>Decided, and <paramref name="today"/> lies within the validity, both ends included.</summary>
    public static bool IsValidOn(AccreditationDto a, DateOnly today) =>
        IsDecided(a.Decision) && a.ValidFrom <= today && today <= a.ValidTo;

    /// <summary>The smallest warning threshold reached on <paramref name="today"/>, or null (none reached, or expired).</summary>
    public static int? WarningMonths(DateOnly validTo, DateOnly today, IEnumerable<int> thresholds)
    {
        if (today > validTo) return null;
        int? reached = null;
        foreach (var months in thresholds.Where(m => m > 0).OrderByDescending(m => m))
            if (today >= DateWindow.AddMonthsSafe(validTo, -months)) reached = months;
        return reached;
    }

    /// <summary>
    /// The status today. <paramref name="renewal"/> is the procedure renewing this accreditation, if any: while it is
    /// pending and this one valid, the two are one state (RenewalInProgress); once decided and in force, this one is superseded.
    /// </summary>
    public static AccreditationStatus Status(AccreditationDto a, AccreditationDto? renewal, DateOnly today, int? warning)
    {
        if (a.Decision == AccreditationDecision.Denied) return AccreditationStatus.Denied;
        if (a.Decision == AccreditationDecision.Pending) return AccreditationStatus.InProcedure;
        if (renewal != null && IsDecided(renewal.Decision) && renewal.ValidFrom <= today) return AccreditationStatus.Superseded;
        if (today < a.ValidFrom) return AccreditationStatus.NotYetValid;
        if (today > a.ValidTo) return AccreditationStatus.Expired;
        if (renewal?.Decision == AccreditationDecision.Pending) return AccreditationStatus.RenewalInProgress;
        return warning == null ? AccreditationStatus.Valid : AccreditationStatus.Expiring;
    }

    /// <summary>A report not sent once its due day has passed (due today is not yet overdue).</summary>
    public static bool IsOverdue(MonitoringReportDto r, DateOnly today) => r.SubmittedOn == null && today > r.DueOn;

    /// <summary>
    /// Two records of one agency for the same programme (or the same unit, institutionally) conflict unless one renews the
    /// other, one is denied, or one has already expired; a pending procedure has no dates and overlaps any.
    /// </summary>
    public static bool Conflicts(AccreditationDto a, AccreditationDto b, DateOnly today)
    {
        if (a.Id == b.Id || a.AgencyId != b.AgencyId || a.Kind != b.Kind) return false;
        if (a.RenewalOfId == b.Id || b.RenewalOfId == a.Id) return false;
        if (a.Decision == AccreditationDecision.Denied || b.Decision == AccreditationDecision.Denied) return false;
        if (a.ValidTo < today || b.ValidTo < today) return false;
        var shared = a.Kind == AccreditationKind.Institutional ? a.UnitId == b.UnitId : a.ProgrammeIds.Intersect(b.ProgrammeIds).Any();
        if (!shared) return false;
        return a.ValidFrom == null || b.ValidFrom == null || (a.ValidFrom <= b.ValidTo && b.ValidFrom <= a.ValidTo);
    }

    /// <summary>Percentage rounded half away from zero; 0 of 0 is 0.</summary>
    public static int Percent(int part, int whole) =>
        whole == 0 ? 0 : (int)Math.Round(part * 100m / whole, MidpointRounding.AwayFromZero);
}
