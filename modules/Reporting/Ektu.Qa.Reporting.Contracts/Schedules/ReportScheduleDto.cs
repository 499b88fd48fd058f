using Ektu.Qa.Reporting.Definitions;

namespace Ektu.Qa.Reporting.Schedules;

/// <summary>A report schedule: cron in a time zone, parameters, recipients, enabled.</summary>
public sealed class ReportScheduleDto
{
    public Guid Id { get; init; }
    public string ReportKey { get; init; } = "";
    public string Cron { get; init; } = "";
    public string TimeZone { get; init; } = "";
    public ReportFormat Format { get; init; }
    public string Culture { get; init; } = "";
    public string Parameters { get; init; } = "";
    public string Recipients { get; init; } = "";
    public bool Enabled { get; init; }
    public string OwnerName { get; init; } = "";

    /// <summary>The organisation unit the schedule is filed under (null: university-wide).</summary>
    public Guid? UnitId { get; init; }
    public int Version { get; init; }
}
