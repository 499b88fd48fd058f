namespace Ektu.Qa.Kernel.Scheduling;

/// <summary>The "Scheduling" configuration section.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>Off: no Quartz scheduler at all (tests that do not need it); <see cref="IQaScheduler"/> then refuses to schedule.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The same on every node of a cluster; unique per host inside one process (Quartz's repository is process-wide).</summary>
    public string SchedulerName { get; set; } = "ektu-qa";

    /// <summary>IANA time zone of cron triggers that do not state their own.</summary>
    public string TimeZone { get; set; } = "Asia/Almaty";

    /// <summary>How late a trigger may fire before it counts as misfired.</summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Worker threads of the scheduler.</summary>
    public int MaxConcurrency { get; set; } = 4;
}
