namespace Ektu.Qa.Improvement.Appeals;

/// <summary>An appeal (өтініш) with its current level, unit and deadline.</summary>
public sealed class AppealDto
{
    public Guid Id { get; init; }
    public ApplicantKind ApplicantKind { get; init; }
    public Guid? ApplicantUserId { get; init; }
    public string ApplicantName { get; init; } = "";
    public AppealChannel Channel { get; init; }
    public AppealKind Kind { get; init; }
    public AppealFormality Formality { get; init; }
    public string Subject { get; init; } = "";
    public string Text { get; init; } = "";
    public Guid UnitId { get; init; }
    public string UnitName { get; set; } = "";

    /// <summary>The programme of the register the appeal is about, if it names one.</summary>
    public Guid? ProgrammeId { get; init; }
    public AppealLevel Level { get; init; }
    public AppealState State { get; init; }
    public DateOnly ReceivedOn { get; init; }

    /// <summary>Last working day of the current level's term.</summary>
    public DateOnly DueOn { get; init; }

    public bool IsOverdue { get; set; }
    public int Escalations { get; init; }
    public string? Resolution { get; init; }
    public DateOnly? ResolvedOn { get; init; }
    public int Version { get; init; }
    public DateTime CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
}
