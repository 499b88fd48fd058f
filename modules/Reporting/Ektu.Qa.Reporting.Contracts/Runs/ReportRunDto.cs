using Ektu.Qa.Reporting.Definitions;

namespace Ektu.Qa.Reporting.Runs;

/// <summary>A run of a report: status, progress (rows so far), duration, result file.</summary>
public sealed class ReportRunDto
{
    public Guid Id { get; init; }
    public string ReportKey { get; init; } = "";
    public Guid? ScheduleId { get; init; }
    public DateTime? ScheduledFor { get; init; }
    public RunStatus Status { get; init; }
    public ReportFormat Format { get; init; }
    public string Culture { get; init; } = "";
    public string Parameters { get; init; } = "";
    public int RowCount { get; init; }
    public long? DurationMs { get; init; }
    public string? Error { get; init; }
    public string? FileName { get; init; }
    public long? FileSize { get; init; }
    public string? Checksum { get; init; }
    public int Attempts { get; init; }
    public string OwnerName { get; init; } = "";
    public DateTime CreatedAt { get; init; }
    public DateTime? StartedAt { get; init; }
    public DateTime? FinishedAt { get; init; }
}
