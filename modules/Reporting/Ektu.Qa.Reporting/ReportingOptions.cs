namespace Ektu.Qa.Reporting;

/// <summary>The "Reporting" configuration section.</summary>
internal sealed class ReportingOptions
{
    public const string Section = "Reporting";

    /// <summary>Archived files kept per schedule (older ones purged); 0 = no limit.</summary>
    public int KeepPerSchedule { get; set; } = 30;

    /// <summary>Archived files older than this many days are purged; 0 = no limit.</summary>
    public int KeepDays { get; set; } = 365;

    /// <summary>A running run whose heartbeat is older than this is taken as interrupted and queued again.</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long a run whose database connection failed under it (a cluster node dying) is produced again on new connections
    /// before it is left Running for the interrupted-run sweep (never Failed for a lost connection).
    /// </summary>
    public TimeSpan ReconnectFor { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Automatic retries of an interrupted run.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Base address put into e-mail links (e.g. https://qa.ektu.kz).</summary>
    public string PublicBaseUrl { get; set; } = "";
}
