namespace Ektu.Qa.ProgrammeMonitoring.Related;

/// <summary>A planned check of a programme: what, when, and the day it was held (null while still to be done).</summary>
public sealed class ProgrammeCheckDto
{
    public Guid Id { get; init; }
    public string Title { get; init; } = "";
    public string? Course { get; init; }
    public DateOnly StartsOn { get; init; }
    public DateOnly EndsOn { get; init; }
    public DateOnly? DoneOn { get; init; }
}
