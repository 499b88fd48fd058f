using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Scheduling;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Ektu.Qa.Kernel.Tests.Scheduling;

public sealed class SchedulingTests
{
    private static Task<TestApp> StartAsync(string provider) =>
        TestApp.StartAsync(provider, configure: b =>
        {
            b.Configuration["Scheduling:MisfireThreshold"] = "00:00:01";
            b.Services.AddQaJob<RecordingJob>(RecordingJob.Key);
            b.Services.AddQaJob<LostConnectionJob>(LostConnectionJob.Key);
        });

    private static async Task<IScheduler> RunSchedulerAsync(TestApp app)
    {
        await ActivatorUtilities.CreateInstance<QaJobRegistrar>(app.Services).RegisterAsync(CancellationToken.None);
        var scheduler = await app.Services.GetRequiredService<QaScheduler>().GetAsync();
        await scheduler.Start();
        return scheduler;
    }

    private static Task<IReadOnlyList<(string Value, string By)>> RunsAsync(TestApp app) =>
        app.QueryAsync(s => s.QueryAsync<(string, string)>("SELECT value, updated_by FROM k_settings WHERE name LIKE 'test.run.%'"));

    private static async Task<IReadOnlyList<(string Value, string By)>> WaitForRunsAsync(TestApp app, int count, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        IReadOnlyList<(string, string)> runs;
        while ((runs = await RunsAsync(app)).Count < count && DateTime.UtcNow < until) await Task.Delay(100);
        return runs;
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task TriggerNow_Should_RunJobInCommittedUnitOfWorkAsSystem_When_Fired(string provider)
    {
        await using var app = await StartAsync(provider);
        await RunSchedulerAsync(app);

        await app.QueryAsync(async _ =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IQaScheduler>()
                .TriggerNowAsync(RecordingJob.Key, new Dictionary<string, string> { ["tag"] = "now" }, CancellationToken.None);
            return 0;
        });

        var runs = await WaitForRunsAsync(app, 1, TimeSpan.FromSeconds(15));
        runs.ShouldBe([("now", QaJob.SystemUserName)]);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Job_Should_RollBackAndKeepSchedule_When_RunThrows(string provider)
    {
        await using var app = await StartAsync(provider);
        var scheduler = await RunSchedulerAsync(app);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var qa = scope.ServiceProvider.GetRequiredService<IQaScheduler>();
            await qa.TriggerNowAsync(RecordingJob.Key, new Dictionary<string, string> { ["tag"] = "bad", ["fail"] = "yes" }, CancellationToken.None);
            await Task.Delay(1500);
            await qa.TriggerNowAsync(RecordingJob.Key, new Dictionary<string, string> { ["tag"] = "good" }, CancellationToken.None);
        }

        var runs = await WaitForRunsAsync(app, 1, TimeSpan.FromSeconds(15));
        await Task.Delay(500);
        (await RunsAsync(app)).Select(r => r.Value).ShouldBe(["good"], "the failed run's write was rolled back");
        (await scheduler.GetJobDetail(new JobKey(RecordingJob.Key))).ShouldNotBeNull();
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Job_Should_RunAgainOnANewConnection_When_TheConnectionIsLostUnderIt(string provider)
    {
        await using var app = await StartAsync(provider);
        await RunSchedulerAsync(app);
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IQaScheduler>()
                .TriggerNowAsync(LostConnectionJob.Key, new Dictionary<string, string>(), CancellationToken.None);

        var runs = await WaitForRunsAsync(app, 1, TimeSpan.FromSeconds(15));
        await Task.Delay(500);

        runs.Select(r => r.Value).ShouldBe(["attempt 2"], "the first attempt's write was rolled back, the second committed");
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ScheduleOnce_Should_StoreTriggerOnlyAfterCommit_When_CalledInUnitOfWork(string provider)
    {
        await using var app = await StartAsync(provider);
        var scheduler = await RunSchedulerAsync(app);
        var due = DateTime.UtcNow.AddHours(1);

        await Should.ThrowAsync<InvalidOperationException>(() => app.AsAsync("admin", async sp =>
        {
            await sp.GetRequiredService<IQaScheduler>()
                .ScheduleOnceAsync(RecordingJob.Key, "t.rolled-back", due, new Dictionary<string, string>(), CancellationToken.None);
            throw new InvalidOperationException("rolled back");
        }));
        await app.AsAsync("admin", sp =>
            sp.GetRequiredService<IQaScheduler>()
            .ScheduleOnceAsync(RecordingJob.Key, "t.committed", due, new Dictionary<string, string> { ["tag"] = "once" }, CancellationToken.None));

        (await scheduler.GetTrigger(new TriggerKey("t.rolled-back"))).ShouldBeNull();
        var stored = await scheduler.GetTrigger(new TriggerKey("t.committed"));
        stored.ShouldNotBeNull();
        stored.NextFireTimeUtc!.Value.UtcDateTime.ShouldBe(due, TimeSpan.FromSeconds(1));

        await app.AsAsync("admin", sp =>
            sp.GetRequiredService<IQaScheduler>()
            .ScheduleOnceAsync(RecordingJob.Key, "t.committed", DateTime.UtcNow.AddSeconds(-1), new Dictionary<string, string> { ["tag"] = "due" },
            CancellationToken.None));
        (await WaitForRunsAsync(app, 1, TimeSpan.FromSeconds(15))).Select(r => r.Value).ShouldBe(["due"], "the replaced trigger fired once");

        await app.AsAsync("admin", sp => sp.GetRequiredService<IQaScheduler>().UnscheduleAsync("t.committed", CancellationToken.None));
        (await scheduler.GetTrigger(new TriggerKey("t.committed"))).ShouldBeNull();
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task CronTrigger_Should_FireMissedTimesOnceLate_When_Misfired(string provider)
    {
        await using var app = await StartAsync(provider);
        var scheduler = await RunSchedulerAsync(app);
        // Once a minute, at a second 3 s away; the scheduler is down (standby) until well past it (threshold 1 s).
        await scheduler.Standby();
        var second = (DateTimeOffset.UtcNow.Second + 3) % 60;
        var trigger = QaJobRegistrar.CronTrigger(RecordingJob.Key, "t.misfire", $"{second} * * * * ?", CronText.Zone("Asia/Almaty"));
        await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing);
        await Task.Delay(TimeSpan.FromSeconds(6));
        (await RunsAsync(app)).ShouldBeEmpty();

        await scheduler.Start();
        await WaitForRunsAsync(app, 1, TimeSpan.FromSeconds(10));
        await Task.Delay(TimeSpan.FromSeconds(2));

        (await RunsAsync(app)).Count.ShouldBe(1, "FireAndProceed: missed fires run once, not once each, and not never");
        var next = (await scheduler.GetTrigger(trigger.Key))!.NextFireTimeUtc!.Value;
        next.Second.ShouldBe(second);
        next.ShouldBeGreaterThan(DateTimeOffset.UtcNow);
    }

    [Fact]
    public void CronTrigger_Should_UseFireAndProceedInAlmaty_When_Built()
    {
        var trigger = (ICronTrigger)QaJobRegistrar.CronTrigger("j", "t", "0 0 8 ? * MON", CronText.Zone("Asia/Almaty"));
        trigger.MisfireInstruction.ShouldBe(CronTriggerMisfireInstruction.FireAndProceed);
        trigger.TimeZone.Id.ShouldBe("Asia/Almaty");
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task NextFireTimes_Should_FollowTimeZone_When_Asked(string provider)
    {
        await using var app = await StartAsync(provider);
        await using var scope = app.Services.CreateAsyncScope();
        var qa = scope.ServiceProvider.GetRequiredService<IQaScheduler>();

        // 2026-03-02 06:00 UTC is 11:00 in Almaty (UTC+5): 08:00 Almaty on weekdays is 03:00 UTC.
        var times = await qa.NextFireTimesAsync("0 0 8 ? * MON-FRI", "Asia/Almaty", 5);
        times.ShouldBe([
            new DateTime(2026, 3, 3, 3, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 4, 3, 0, 0, DateTimeKind.Utc),
            new DateTime(2026, 3, 5, 3, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 6, 3, 0, 0, DateTimeKind.Utc),
            new DateTime(2026, 3, 9, 3, 0, 0, DateTimeKind.Utc)]);
        (await Should.ThrowAsync<ValidationException>(() => qa.NextFireTimesAsync("0 0 25 * * ?", "Asia/Almaty", 5))).Errors.Keys.ShouldBe(["cron"]);
        (await Should.ThrowAsync<ValidationException>(() =>
            qa.NextFireTimesAsync("0 0 8 * * ?", "Mars/Olympus", 5))).Errors.Keys.ShouldBe(["timeZone"]);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Schema_Should_BeProvisionedWithKernelPrefix_When_SchedulerStarts(string provider)
    {
        await using var app = await StartAsync(provider);
        await RunSchedulerAsync(app);
        var sql = provider == TestDatabases.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND lower(name) LIKE '%qrtz%'"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND lower(table_name) LIKE '%qrtz%'";
        var tables = await app.QueryAsync(s => s.QueryAsync<string>(sql));
        tables.ShouldNotBeEmpty();
        tables.ShouldAllBe(t => t.StartsWith("k_qrtz_"));
    }
}
