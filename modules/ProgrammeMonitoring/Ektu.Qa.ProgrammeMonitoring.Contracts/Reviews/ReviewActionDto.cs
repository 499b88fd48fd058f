using Ektu.Qa.ProgrammeMonitoring.Effectiveness;

namespace Ektu.Qa.ProgrammeMonitoring.Reviews;

/// <summary>
/// An action a review decided: the indicator it should move, the indicator's value when it was decided (baseline), the
/// newest value since, and whether it moved the right way. Closed without the indicator moving = flagged.
/// </summary>
public sealed class ReviewActionDto
{
    public Guid Id { get; init; }
    public Guid ReviewId { get; init; }
    public string Text { get; init; } = "";
    public EffectivenessIndicator Indicator { get; init; }
    public int BaselineYear { get; init; }
    public decimal? Baseline { get; init; }
    public DateOnly Deadline { get; init; }
    public ReviewActionState State { get; init; }
    public DateOnly? ClosedOn { get; init; }
    public int? LatestYear { get; set; }
    public decimal? Latest { get; set; }

    /// <summary>Null while no later value exists to compare with.</summary>
    public bool? Moved { get; set; }

    public bool ClosedWithoutEffect { get; set; }
}
