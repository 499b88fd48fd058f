using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Reporting.Definitions;
using Ektu.Qa.Reporting.Runs;
using Ektu.Qa.Reporting.Schedules;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Ektu.Qa.Reporting.Tests.Data;

public sealed class ScheduleTests
{
    private static Task<TestApp> StartAsync(string provider, int smtpPort = 0) =>
        TestApp.StartAsync(provider, configure: b =>
        {
            b.Configuration["Reporting:ArchivePath"] = Path.Combine(Path.GetTempPath(), "ektu-qa-tests", "reports-" + Guid.NewGuid().ToString("N"));
            b.Configuration["Scheduling:MisfireThreshold"] = "00:00:01";
            b.Configuration["Mail:SendCron"] = "0/1 * * * * ?";
            if (smtpPort > 0)
            {
                b.Configuration["Mail:Smtp:Host"] = "127.0.0.1";
                b.Configuration["Mail:Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            b.Services.AddSingleton<IReportDefinitionProvider, ThrowingReportProvider>();
        });

    private static async Task<IScheduler> RunSchedulerAsync(TestApp app)
    {
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.Start();
        return scheduler;
    }

    private static Task<ReportScheduleDto> CreateAsync(TestApp app, string cron, string reportKey = "Kernel.AuditLog", Dictionary<string,
        string?>? parameters = null, string recipients = "") =>
        app.AsAsync("admin", sp => sp.GetRequiredService<IReportScheduleAppService>().CreateAsync(new SaveScheduleInput
        {
            ReportKey = reportKey, Cron = cron, Format = ReportFormat.Csv, Culture = "ru", Recipients = recipients,
            Parameters = parameters ?? new() { ["maxRows"] = "20" },
        }));

    private static Task<IReadOnlyList<RunRow>> RunsAsync(TestApp app, Guid scheduleId) =>
        app.QueryAsync(s => s.QueryAsync<RunRow>("SELECT id, status, scheduled_for AS ScheduledFor, error, checksum FROM rp_runs WHERE schedule_id " +
            "= @scheduleId ORDER BY scheduled_for", new { scheduleId }));

    private static async Task<IReadOnlyList<RunRow>> WaitForRunsAsync(TestApp app, Guid scheduleId, int count, TimeSpan timeout, string status)
    {
        var until = DateTime.UtcNow + timeout;
        IReadOnlyList<RunRow> runs;
        while ((runs = await RunsAsync(app, scheduleId)).Count(r => r.Status == status) < count && DateTime.UtcNow < until) await Task.Delay(100);
        return runs;
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Schedule_Should_FireRunArchiveAndMailFile_When_SchedulerRuns(string provider)
    {
        await using var smtp = new SmtpTestServer();
        await using var app = await StartAsync(provider, smtp.Port);
        var scheduler = await RunSchedulerAsync(app);
        var schedule = await CreateAsync(app, "0/2 * * * * ?", recipients: "rector@ektu.kz");

        var messages = await smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(30));
        await scheduler.Standby();
        messages.ShouldNotBeEmpty();
        messages[0].To.ShouldContain("rector@ektu.kz");
        messages[0].Subject.ShouldBe("Отчёт готов: Журнал аудита");
        messages[0].Data.ShouldContain("Kernel.AuditLog-", customMessage: "the file is attached under its name");

        var runs = await RunsAsync(app, schedule.Id);
        var done = runs.Where(r => r.Status == nameof(RunStatus.Succeeded)).ToList();
        done.ShouldNotBeEmpty();
        runs.Select(r => r.ScheduledFor).ShouldBeUnique();
        runs.ShouldAllBe(r => r.ScheduledFor.Second % 2 == 0, "each run belongs to one fire time of the cron");
        var file = await app.AsAsync("admin", sp => sp.GetRequiredService<IReportAppService>().DownloadAsync(done[0].Id));
        (await File.ReadAllTextAsync(await file.ToTempFileAsync())).ShouldStartWith("Время;Пользователь;Модуль;Запись;Действие");
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Schedule_Should_KeepFiring_When_GeneratorThrows(string provider)
    {
        await using var app = await StartAsync(provider);
        var scheduler = await RunSchedulerAsync(app);
        var schedule = await CreateAsync(app, "0/2 * * * * ?", "Test.Throws", new() { ["n"] = "2" });

        var runs = await WaitForRunsAsync(app, schedule.Id, 2, TimeSpan.FromSeconds(20), "Failed");
        await scheduler.Standby();
        var failed = runs.Where(r => r.Status == "Failed").ToList();
        failed.Count.ShouldBeGreaterThanOrEqualTo(2, "a failing report fails its run; the schedule goes on");
        failed.ShouldAllBe(r => r.Error == "Kernel:Unexpected");
        (await scheduler.GetTrigger(new TriggerKey(ReportScheduleAppService.TriggerKey(schedule.Id))))!.NextFireTimeUtc.ShouldNotBeNull();
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ScheduledFire_Should_ProduceOneRun_When_DeliveredTwice(string provider)
    {
        await using var app = await StartAsync(provider);
        var schedule = await CreateAsync(app, "0 0 8 * * ?");
        var fire = new DateTime(2026, 3, 2, 3, 0, 0, DateTimeKind.Utc);

        // Two deliveries of the same fire (a retry on one node, or two nodes): the second finds the run's key taken.
        var first = await app.AsAsync("admin", sp =>
            sp.GetRequiredService<ScheduledRunStarter>().QueueAsync(schedule.Id, fire, CancellationToken.None));
        var second = await app.AsAsync("admin", sp =>
            sp.GetRequiredService<ScheduledRunStarter>().QueueAsync(schedule.Id, fire.AddMilliseconds(300), CancellationToken.None));
        var next = await app.AsAsync("admin", sp =>
            sp.GetRequiredService<ScheduledRunStarter>().QueueAsync(schedule.Id, fire.AddDays(1), CancellationToken.None));

        first.ShouldNotBeNull();
        second.ShouldBeNull();
        next.ShouldNotBeNull();
        (await RunsAsync(app, schedule.Id)).Select(r => r.Id).ShouldBe([first.Value, next.Value]);
        var runner = app.Services.GetRequiredService<ReportRunner>();
        (await runner.ExecuteAsync(first.Value, CancellationToken.None)).ShouldBeTrue();
        (await runner.ExecuteAsync(first.Value, CancellationToken.None)).ShouldBeFalse();
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Schedule_Should_RunMissedFiresOnceLate_When_SchedulerWasDown(string provider)
    {
        await using var app = await StartAsync(provider);
        var scheduler = await RunSchedulerAsync(app);
        // Three fire times a few seconds ahead, once a minute; the scheduler is down (standby) past all of them (threshold 1 s).
        await scheduler.Standby();
        var s = (DateTime.UtcNow.Second + 3) % 60;
        var schedule = await CreateAsync(app, $"{s},{(s + 1) % 60},{(s + 2) % 60} * * * * ?");
        await Task.Delay(TimeSpan.FromSeconds(7));
        (await RunsAsync(app, schedule.Id)).ShouldBeEmpty();

        await scheduler.Start();
        await WaitForRunsAsync(app, schedule.Id, 1, TimeSpan.FromSeconds(15), "Succeeded");
        await Task.Delay(TimeSpan.FromSeconds(2));
        await scheduler.Standby();

        (await RunsAsync(app, schedule.Id)).Count.ShouldBe(1, "FireAndProceed: the missed fires produce one late run, not three and not none");
        var next = (await scheduler.GetTrigger(new TriggerKey(ReportScheduleAppService.TriggerKey(schedule.Id))))!.NextFireTimeUtc!.Value;
        next.ShouldBeGreaterThan(DateTimeOffset.UtcNow);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Save_Should_RefuseInvalidCronAndZone_When_NothingSaved(string provider)
    {
        await using var app = await StartAsync(provider);
        var cron = await Should.ThrowAsync<ValidationException>(() => CreateAsync(app, "0 0 25 * * ?"));
        cron.Errors.Keys.ShouldContain("cron");
        var zone = await Should.ThrowAsync<ValidationException>(() =>
            app.AsAsync("admin", sp => sp.GetRequiredService<IReportScheduleAppService>().CreateAsync(
            new SaveScheduleInput { ReportKey = "Kernel.AuditLog", Cron = "0 0 8 * * ?", TimeZone = "Mars/Olympus" })));
        zone.Errors.Keys.ShouldContain("timeZone");
        (await app.QueryAsync(s => s.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM rp_schedules"))).ShouldBe(0);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Delivery_Should_MailAndNotifyUsersAndRoleHolders_When_RecipientsNameThem(string provider)
    {
        await using var app = await StartAsync(provider);
        var refused = await Should.ThrowAsync<ValidationException>(() => CreateAsync(app, "0 0 8 * * ?", recipients: "user:nobody.here"));
        refused.Errors["recipients"].ShouldBe([ReportRecipients.InvalidRecipients]);
        await Should.ThrowAsync<ValidationException>(() => CreateAsync(app, "0 0 8 * * ?", recipients: "role:Dean@NOUNIT"));

        var schedule = await CreateAsync(app, "0 0 8 * * ?", recipients: "user:teacher1; role:Dean@SITIS, board@ektu.kz");
        var runId = await app.AsAsync("admin", sp =>
            sp.GetRequiredService<ScheduledRunStarter>()
            .QueueAsync(schedule.Id, new DateTime(2026, 3, 3, 3, 0, 0, DateTimeKind.Utc), CancellationToken.None));
        (await app.Services.GetRequiredService<ReportRunner>().ExecuteAsync(runId!.Value, CancellationToken.None)).ShouldBeTrue();

        var to = await app.QueryAsync(s => s.ExecuteScalarAsync<string>("SELECT to_addresses FROM k_mail_outbox"));
        to.ShouldNotBeNull();
        to.ShouldContain("teacher1@ektu.kz");
        to.ShouldContain("dean.sitis@ektu.kz");
        to.ShouldContain("board@ektu.kz");
        var notified = await app.QueryAsync(s => s.QueryAsync<string>(
            "SELECT u.user_name FROM k_notifications n JOIN id_users u ON u.id = n.user_id WHERE n.title_key = 'Reporting:ReportReady' ORDER BY " +
                "u.user_name"));
        notified.ShouldBe(["admin", "dean.sitis", "teacher1"]);
    }

    private sealed class RunRow
    {
        public Guid Id { get; init; }
        public string Status { get; init; } = "";
        public DateTime ScheduledFor { get; init; }
        public string? Error { get; init; }
        public string? Checksum { get; init; }
    }
}
