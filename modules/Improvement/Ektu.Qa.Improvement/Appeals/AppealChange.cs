namespace Ektu.Qa.Improvement.Appeals;

/// <summary>What a step in an appeal's life stores: where it is now, its state and term, and how it ended.</summary>
internal sealed record AppealChange(
    Guid UnitId, AppealLevel Level, AppealState State, DateOnly DueOn, int Escalations, string? Resolution = null, DateOnly? ResolvedOn = null)
{
    /// <summary>The appeal as it is, to be changed with <c>with</c>.</summary>
    public static AppealChange Of(AppealDto a) => new(a.UnitId, a.Level, a.State, a.DueOn, a.Escalations, a.Resolution, a.ResolvedOn);
}
