using Ektu.Qa.Reporting.Definitions;

namespace Ektu.Qa.Reporting.Schedules;

/// <summary>Creates or updates a schedule; <see cref="Version"/> guards an update.</summary>
public sealed class SaveScheduleInput
{
    public string ReportKey { get; set; } = "";
    public string Cron { get; set; } = "";
    public string TimeZone { get; set; } = "Asia/Almaty";
    public ReportFormat Format { get; set; } = ReportFormat.Xlsx;
    public string Culture { get; set; } = "ru";
    public Dictionary<string, string?> Parameters { get; set; } = [];
    /// <summary>E-mail addresses, separated by ';' or ','.</summary>
    public string Recipients { get; set; } = "";
    public bool Enabled { get; set; } = true;
    public int Version { get; set; }
}
