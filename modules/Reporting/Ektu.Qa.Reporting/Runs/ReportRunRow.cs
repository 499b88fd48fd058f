using Ektu.Qa.Reporting.Definitions;

namespace Ektu.Qa.Reporting.Runs;

/// <summary>A row of rp_runs as Dapper reads it.</summary>
internal sealed class ReportRunRow
{
    public const string Columns = """
        id, report_key AS ReportKey, schedule_id AS ScheduleId, scheduled_for AS ScheduledFor, status, format, culture, parameters,
        row_count AS RowCount, duration_ms AS DurationMs, error, file_name AS FileName, file_path AS FilePath, file_size AS FileSize,
        checksum, attempts, owner_id AS OwnerId, owner_name AS OwnerName, created_at AS CreatedAt, started_at AS StartedAt,
        finished_at AS FinishedAt, version
        """;

    public Guid Id { get; init; }
    public string ReportKey { get; init; } = "";
    public Guid? ScheduleId { get; init; }
    public DateTime? ScheduledFor { get; init; }
    public string Status { get; init; } = "";
    public string Format { get; init; } = "";
    public string Culture { get; init; } = "";
    public string Parameters { get; init; } = "";
    public int RowCount { get; init; }
    public long? DurationMs { get; init; }
    public string? Error { get; init; }
    public string? FileName { get; init; }
    public string? FilePath { get; init; }
    public long? FileSize { get; init; }
    public string? Checksum { get; init; }
    public int Attempts { get; init; }
    public Guid OwnerId { get; init; }
    public string OwnerName { get; init; } = "";
    public DateTime CreatedAt { get; init; }
    public DateTime? StartedAt { get; init; }
    public DateTime? FinishedAt { get; init; }
    public int Version { get; init; }

    public ReportRunDto ToDto() => new()
    {
        Id = Id, ReportKey = ReportKey, ScheduleId = ScheduleId, ScheduledFor = ScheduledFor, Status = Enum.Parse<RunStatus>(Status),
        Format = Enum.Parse<ReportFormat>(Format), Culture = Culture, Parameters = Parameters, RowCount = RowCount, DurationMs = DurationMs,
        Error = Error, FileName = FileName, FileSize = FileSize, Checksum = Checksum, Attempts = Attempts, OwnerName = OwnerName,
        CreatedAt = CreatedAt, StartedAt = StartedAt, FinishedAt = FinishedAt,
    };
}
