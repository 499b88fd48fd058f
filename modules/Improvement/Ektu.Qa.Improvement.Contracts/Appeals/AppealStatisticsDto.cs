namespace Ektu.Qa.Improvement.Appeals;

/// <summary>Appeals received in a period (in the caller's scope), counted by kind, level, state, formality and channel.</summary>
public sealed class AppealStatisticsDto
{
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
    public int Total { get; init; }
    public int Overdue { get; init; }
    public int Escalated { get; init; }
    public IReadOnlyDictionary<AppealKind, int> ByKind { get; init; } = new Dictionary<AppealKind, int>();
    public IReadOnlyDictionary<AppealLevel, int> ByLevel { get; init; } = new Dictionary<AppealLevel, int>();
    public IReadOnlyDictionary<AppealState, int> ByState { get; init; } = new Dictionary<AppealState, int>();
    public IReadOnlyDictionary<AppealFormality, int> ByFormality { get; init; } = new Dictionary<AppealFormality, int>();
    public IReadOnlyDictionary<AppealChannel, int> ByChannel { get; init; } = new Dictionary<AppealChannel, int>();
}
