namespace Ektu.Qa.Improvement.Capa;

/// <summary>
/// Life of a CAPA item. <see cref="EffectivenessCheckDue"/> is never stored: an Implemented item shows it once its
/// check period has passed (computed from the clock), and only then may it be closed or reopened.
/// </summary>
public enum CapaState
{
    Open,
    InProgress,
    Implemented,
    EffectivenessCheckDue,
    Closed,
    Reopened,
}
