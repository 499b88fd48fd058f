using System.Globalization;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.TestKit;
using Ektu.Qa.Workflow.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Ektu.Qa.Workflow.Tests.Application;

/// <summary>A reminder from a BPMN timer, end to end: Quartz fires the trigger, the step writes the mail to the outbox, the outbox job delivers it
/// over SMTP.</summary>
public sealed class TimerMailTests
{
    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Reminder_Should_ReachCandidatesBySmtp_When_QuartzFiresTheBoundaryTimer(string provider)
    {
        await using var smtp = new SmtpTestServer();
        await using var app = await WorkflowTestApp.StartAsync(provider, b =>
        {
            b.Configuration["Mail:SendCron"] = "0/1 * * * * ?";
            // The trigger is created already late; Quartz hands late triggers to its misfire handler, which runs once per threshold.
            b.Configuration["Scheduling:MisfireThreshold"] = "00:00:01";
            b.Configuration["Mail:Smtp:Host"] = "127.0.0.1";
            b.Configuration["Mail:Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture);
        });
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.Start();
        try
        {
            var instance = await app.StartInstanceAsync();
            await app.CompleteAsync("head.cs", (await app.InboxAsync("head.cs", TaskFilter.Available)).Single(), "approve");
            // The test clock stands in March 2026, so the three-day timer's trigger is already due in real time: Quartz fires it at once.

            var messages = await WaitForAsync(smtp, m => m.Subject.Contains("Напоминание", StringComparison.Ordinal), TimeSpan.FromSeconds(40));

            var reminder = messages.Single(m => m.Subject.Contains("Напоминание", StringComparison.Ordinal));
            reminder.Subject.ShouldBe("Еске салу / Напоминание / Reminder: Утверждение");
            reminder.To.ShouldContain("dean.sitis@ektu.kz");
            messages.ShouldContain(m => m.Subject.StartsWith("Жаңа тапсырма / Новая задача / New task", StringComparison.Ordinal),
                "the new tasks were mailed too");
            // a reminder does not close the task
            (await app.InboxAsync("dean.sitis", TaskFilter.Available)).Single().ElementId.ShouldBe("Task_Approve");
            (await app.QueryAsync(db =>
                db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM wf_waits WHERE instance_id = @id", new { id = instance.Id }))).ShouldBe(0);
        }
        finally
        {
            await scheduler.Shutdown(waitForJobsToComplete: true);
        }
    }

    private static async Task<IReadOnlyList<SmtpTestMessage>> WaitForAsync(SmtpTestServer smtp, Func<SmtpTestMessage, bool> match, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            var messages = smtp.Messages;
            if (messages.Any(match)) return messages;
            await Task.Delay(200);
        }
        throw new TimeoutException($"no matching message within {timeout}; got: {string.Join(" | ", smtp.Messages.Select(m => m.Subject))}");
    }
}
