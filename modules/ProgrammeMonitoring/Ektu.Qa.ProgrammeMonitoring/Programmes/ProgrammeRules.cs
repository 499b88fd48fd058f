namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>
/// The programme's life. A person moves it Draft → InApproval (submitted) and back (returned), suspends and resumes it
/// while it is in the national register, and closes one that never reached the register. Approving a version makes it
/// Approved; the register's events move it in and out of the register (an exclusion closes it). Closed is final.
/// </summary>
internal static class ProgrammeRules
{
    public static bool CanMove(ProgrammeStatus from, ProgrammeStatus to) => (from, to) switch
    {
        (ProgrammeStatus.Draft, ProgrammeStatus.InApproval) => true,
        (ProgrammeStatus.InApproval, ProgrammeStatus.Draft) => true,
        (ProgrammeStatus.InNationalRegister, ProgrammeStatus.Suspended) => true,
        (ProgrammeStatus.Suspended, ProgrammeStatus.InNationalRegister) => true,
        (ProgrammeStatus.Draft or ProgrammeStatus.Approved, ProgrammeStatus.Closed) => true,
        _ => false,
    };

    /// <summary>The status after a version is approved: a programme already approved or registered keeps its status.</summary>
    public static ProgrammeStatus AfterApproval(ProgrammeStatus current) =>
        current is ProgrammeStatus.Draft or ProgrammeStatus.InApproval ? ProgrammeStatus.Approved : current;

    /// <summary>
    /// Why a register event cannot be recorded (an error code), or null. Events alternate, starting with an inclusion of an
    /// approved programme; an event is dated on or after the previous one and not after today.
    /// </summary>
    public static string? RefuseRegisterEvent(ProgrammeStatus status, IReadOnlyList<RegisterEventDto> events, RegisterEventKind kind,
        DateOnly on, DateOnly today)
    {
        if (on > today) return ProgrammeErrorCodes.RegisterFuture;
        if (events.Count > 0 && on < events[^1].OccurredOn) return ProgrammeErrorCodes.RegisterOrder;
        return kind switch
        {
            RegisterEventKind.Included when status != ProgrammeStatus.Approved => ProgrammeErrorCodes.RegisterNotApproved,
            RegisterEventKind.Excluded when status is not (ProgrammeStatus.InNationalRegister or ProgrammeStatus.Suspended) =>
                ProgrammeErrorCodes.InvalidTransition,
            _ => null,
        };
    }

    public static ProgrammeStatus AfterRegisterEvent(RegisterEventKind kind) =>
        kind == RegisterEventKind.Included ? ProgrammeStatus.InNationalRegister : ProgrammeStatus.Closed;
}
