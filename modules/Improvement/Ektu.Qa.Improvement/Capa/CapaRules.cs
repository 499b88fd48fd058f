using Ektu.Qa.Kernel.Input;

namespace Ektu.Qa.Improvement.Capa;

/// <summary>
/// The CAPA state machine. Open → InProgress → Implemented; once the check period after implementation has passed the
/// item is EffectivenessCheckDue and the check closes it (effective) or reopens it (ineffective); Reopened → InProgress.
/// </summary>
internal static class CapaRules
{
    /// <summary>What the stored state means today: Implemented becomes EffectivenessCheckDue from its check day on.</summary>
    public static CapaState Current(CapaState stored, DateOnly? checkDueOn, DateOnly today) =>
        stored == CapaState.Implemented && checkDueOn is { } due && today >= due ? CapaState.EffectivenessCheckDue : stored;

    /// <summary>
    /// The state as it stood at the end of <paramref name="asOf"/>, for reports on a past period: an item closed after that
    /// day was still implemented then.
    /// </summary>
    public static CapaState AsOf(CapaItemDto i, DateOnly asOf) =>
        i.StoredState == CapaState.Closed && i.ClosedOn > asOf ? CapaState.Implemented : Current(i.StoredState, i.CheckDueOn, asOf);

    /// <summary>Work not done by the deadline; implemented or closed items are not overdue.</summary>
    public static bool IsOverdue(CapaState current, DateOnly deadline, DateOnly today) =>
        current is CapaState.Open or CapaState.InProgress or CapaState.Reopened && today > deadline;

    public static bool CanMove(CapaState current, CapaState target) => (current, target) switch
    {
        (CapaState.Open, CapaState.InProgress) => true,
        (CapaState.Reopened, CapaState.InProgress) => true,
        (CapaState.InProgress, CapaState.Implemented) => true,
        (CapaState.EffectivenessCheckDue, CapaState.Closed) => true,
        (CapaState.EffectivenessCheckDue, CapaState.Reopened) => true,
        _ => false,
    };

    /// <summary>The day effectiveness is due to be checked.</summary>
    public static DateOnly CheckDue(DateOnly implementedOn, int checkAfterDays) =>
        DateWindow.AddDaysSafe(implementedOn, checkAfterDays);
}
