namespace Ektu.Qa.ExternalAccreditation.Accreditations;

/// <summary>A post-accreditation monitoring report the agency expects by a due date.</summary>
public sealed class MonitoringReportDto
{
    public Guid Id { get; init; }
    public Guid AccreditationId { get; init; }
    public MonitoringReportKind Kind { get; init; }

    /// <summary>The periodic report's title; a follow-up report is named by its kind.</summary>
    public string? Title { get; init; }
    public DateOnly DueOn { get; init; }
    public DateOnly? SubmittedOn { get; init; }
    public string? Note { get; init; }
    public bool IsOverdue { get; set; }
    public int Version { get; init; }
}
