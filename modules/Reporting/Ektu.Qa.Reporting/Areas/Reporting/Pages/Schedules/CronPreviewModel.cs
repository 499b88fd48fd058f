namespace Ektu.Qa.Reporting.Areas.Reporting.Pages.Schedules;

/// <summary>The editor's preview: the cron in words (current language) and its next fire times in the schedule's zone, or the error.</summary>
internal sealed class CronPreviewModel
{
    public string Cron { get; init; } = "";
    public string Description { get; init; } = "";
    public string TimeZone { get; init; } = "";
    public IReadOnlyList<DateTime> Times { get; init; } = [];
    public IReadOnlyList<string> Errors { get; init; } = [];
}
