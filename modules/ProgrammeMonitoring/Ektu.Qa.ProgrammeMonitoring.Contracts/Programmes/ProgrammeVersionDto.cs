namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>
/// One version. <see cref="ParentNumber"/> is the version it revised; <see cref="BaseNumber"/> the approved version
/// its proposal started from (differences and conflicts are measured against it).
/// </summary>
public sealed class ProgrammeVersionDto
{
    public Guid ProgrammeId { get; init; }
    public int Number { get; init; }
    public int? ParentNumber { get; init; }
    public int? BaseNumber { get; init; }
    public VersionState State { get; init; }
    public string? Note { get; init; }
    public ProgrammeContent Content { get; init; } = new();
    public DateTime CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
    public DateTime? ApprovedAt { get; init; }
    public string? ApprovedBy { get; init; }
}
