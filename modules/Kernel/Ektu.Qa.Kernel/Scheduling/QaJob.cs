using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Ektu.Qa.Kernel.Scheduling;

/// <summary>
/// A scheduled job of the application: <see cref="RunAsync"/> runs in a fresh DI scope, inside one unit of work that
/// commits on success, as the system identity. A failure is logged and rolled back; the trigger keeps its schedule.
/// Jobs must be idempotent: after a fail-over a misfired trigger fires late, once.
/// </summary>
public abstract class QaJob : IJob
{
    /// <summary>The user id of the system identity jobs run as.</summary>
    public static readonly Guid SystemUserId = Guid.Empty;

    /// <summary>The user name of the system identity jobs run as (audit entries show it).</summary>
    public const string SystemUserName = "system";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var root = context.Scheduler.Context.GetValueOrDefault<IServiceProvider?>(QaSchedulerSetup.ServiceProviderKey, null)
            ?? throw new InvalidOperationException("The scheduler has no application services.");
        await using var scope = root.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(GetType());
        services.GetRequiredService<CurrentUser>().Use(CurrentUser.For(SystemUserId, SystemUserName));
        var session = services.GetRequiredService<IDbSession>();
        session.CorrelationId = context.FireInstanceId;
        try
        {
            await session.InUnitOfWorkAsync(() => RunAsync(services, context, cancellationToken), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Job {Job} failed (trigger {Trigger}, fire {FireInstanceId})", context.JobDetail.Key, context.Trigger.Key,
                context.FireInstanceId);
            throw new JobExecutionException(ex);
        }
    }

    /// <summary>The job's work; <paramref name="services"/> is the job's own scope, its <see cref="IDbSession"/> in a unit of work.</summary>
    protected abstract Task RunAsync(IServiceProvider services, IJobExecutionContext context, CancellationToken ct);
}
