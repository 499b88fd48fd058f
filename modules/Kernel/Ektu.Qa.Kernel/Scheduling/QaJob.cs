using System.Diagnostics;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Observability;
using Ektu.Qa.Kernel.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Ektu.Qa.Kernel.Scheduling;

/// <summary>
/// A scheduled job of the application: <see cref="RunAsync"/> runs in a fresh DI scope, inside one unit of work that
/// commits on success, as the system identity. A failure is logged and rolled back; the trigger keeps its schedule.
/// A failure of the database connection (a node of a cluster dying under the job) is not the job's fault: the unit of work
/// is rolled back and run again in a new scope, on a new connection, up to <see cref="Attempts"/> times, so a fire at the
/// moment of a fail-over is not lost. Jobs must be idempotent: after a fail-over a misfired trigger fires late, once.
/// </summary>
public abstract class QaJob : IJob
{
    /// <summary>The user id of the system identity jobs run as.</summary>
    public static readonly Guid SystemUserId = Guid.Empty;

    /// <summary>The user name of the system identity jobs run as (audit entries show it).</summary>
    public const string SystemUserName = "system";

    private const int Attempts = 3;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var root = context.Scheduler.Context.GetValueOrDefault<IServiceProvider?>(QaSchedulerSetup.ServiceProviderKey, null)
            ?? throw new InvalidOperationException("The scheduler has no application services.");
        var logger = root.GetRequiredService<ILoggerFactory>().CreateLogger(GetType());
        var started = Stopwatch.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await RunOnceAsync(root, context, cancellationToken);
                QaMetrics.JobRun(GetType().Name, succeeded: true, Stopwatch.GetElapsedTime(started));
                return;
            }
            catch (Exception ex) when (attempt < Attempts && TransientDbFailure.Is(ex) && !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Job {Job} lost its database connection (attempt {Attempt}); running it again", context.JobDetail.Key, attempt);
                await Task.Delay(TimeSpan.FromSeconds(attempt), cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                QaMetrics.JobRun(GetType().Name, succeeded: false, Stopwatch.GetElapsedTime(started));
                logger.LogError(ex, "Job {Job} failed (trigger {Trigger}, fire {FireInstanceId})", context.JobDetail.Key, context.Trigger.Key,
                    context.FireInstanceId);
                throw new JobExecutionException(ex);
            }
        }
    }

    private async Task RunOnceAsync(IServiceProvider root, IJobExecutionContext context, CancellationToken ct)
    {
        await using var scope = root.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<CurrentUser>().Use(CurrentUser.For(SystemUserId, SystemUserName));
        var session = services.GetRequiredService<IDbSession>();
        session.CorrelationId = context.FireInstanceId;
        await session.InUnitOfWorkAsync(() => RunAsync(services, context, ct), ct);
    }

    /// <summary>The job's work; <paramref name="services"/> is the job's own scope, its <see cref="IDbSession"/> in a unit of work.</summary>
    protected abstract Task RunAsync(IServiceProvider services, IJobExecutionContext context, CancellationToken ct);
}
