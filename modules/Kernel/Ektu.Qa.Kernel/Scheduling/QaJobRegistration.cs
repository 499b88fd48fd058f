namespace Ektu.Qa.Kernel.Scheduling;

/// <summary>A job a module added; stored in the scheduler at start.</summary>
internal sealed record QaJobRegistration(string Key, Type JobType, string? Cron, bool Recover = false)
{
    public string CronTriggerKey => Key + ".cron";
}
