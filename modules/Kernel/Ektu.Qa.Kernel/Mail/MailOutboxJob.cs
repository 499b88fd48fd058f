using Ektu.Qa.Kernel.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Ektu.Qa.Kernel.Mail;

/// <summary>The recurring sender of the outbox; one run at a time across the cluster.</summary>
[DisallowConcurrentExecution]
internal sealed class MailOutboxJob : QaJob
{
    public const string Key = "Kernel.MailOutbox";

    protected override Task RunAsync(IServiceProvider services, IJobExecutionContext context, CancellationToken ct) =>
        services.GetRequiredService<MailOutboxSender>().SendDueAsync(ct);
}
