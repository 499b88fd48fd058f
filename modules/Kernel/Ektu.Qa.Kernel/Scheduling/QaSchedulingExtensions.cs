using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ektu.Qa.Kernel.Scheduling;

/// <summary>Adds jobs to the host's scheduler.</summary>
public static class QaSchedulingExtensions
{
    /// <summary>
    /// A durable job under <paramref name="key"/>; with <paramref name="cron"/> (Quartz syntax, seconds first) also a
    /// recurring trigger <c>{key}.cron</c> in <c>Scheduling:TimeZone</c> whose missed fires run once, late
    /// (misfire policy FireAndProceed). The trigger is rebuilt at start only when its cron or zone changed, so a
    /// restart does not lose a fire that was missed while the host was down. With <paramref name="recover"/> a run cut off
    /// by its node's death is run again by another node of the cluster once it finds the node gone (an idempotent job).
    /// </summary>
    public static IServiceCollection AddQaJob<TJob>(this IServiceCollection services, string key, string? cron = null, bool recover = false)
        where TJob : QaJob
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (cron != null) CronText.Validate(cron);
        services.TryAddTransient<TJob>();
        services.AddSingleton(new QaJobRegistration(key, typeof(TJob), cron, recover));
        return services;
    }
}
