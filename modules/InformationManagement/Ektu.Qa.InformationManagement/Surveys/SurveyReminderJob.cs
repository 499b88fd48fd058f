using Ektu.Qa.Kernel.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>Every morning: people who have not answered an open survey are reminded (<see cref="SurveyReminders"/>).</summary>
[DisallowConcurrentExecution]
internal sealed class SurveyReminderJob : QaJob
{
    public const string Key = "InformationManagement.SurveyReminders";

    public const string Cron = "0 30 8 * * ?";

    protected override Task RunAsync(IServiceProvider services, IJobExecutionContext context, CancellationToken ct) =>
        services.GetRequiredService<SurveyReminders>().SendAsync(ct);
}
