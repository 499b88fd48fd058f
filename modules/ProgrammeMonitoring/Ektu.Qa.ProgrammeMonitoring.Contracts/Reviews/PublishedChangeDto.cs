namespace Ektu.Qa.ProgrammeMonitoring.Reviews;

/// <summary>The changes a completed review made public (standard 9: all changes are published).</summary>
public sealed class PublishedChangeDto
{
    public Guid ProgrammeId { get; init; }
    public string GroupCode { get; init; } = "";
    public string ProgrammeTitle { get; init; } = "";
    public Guid SchoolId { get; init; }
    public DateOnly CompletedOn { get; init; }
    public string Changes { get; init; } = "";
}
