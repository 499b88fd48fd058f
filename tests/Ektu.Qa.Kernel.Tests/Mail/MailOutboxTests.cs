using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Mail;
using Ektu.Qa.TestKit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Kernel.Tests.Mail;

public sealed class MailOutboxTests
{
    private static Task<TestApp> StartAsync(string provider, SmtpTestServer smtp, int maxAttempts = 6) =>
        TestApp.StartAsync(provider, configure: b => Smtp(b, smtp, maxAttempts));

    internal static void Smtp(WebApplicationBuilder b, SmtpTestServer smtp, int maxAttempts = 6)
    {
        b.Configuration["Scheduling:Enabled"] = "false";
        b.Configuration["Mail:Smtp:Host"] = "127.0.0.1";
        b.Configuration["Mail:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        b.Configuration["Mail:Smtp:From"] = "qa@ektu.kz";
        b.Configuration["Mail:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Task EnqueueAsync(TestApp app, string subject, byte[]? attachment = null) =>
        app.AsAsync("admin", sp => sp.GetRequiredService<IMailOutbox>().EnqueueAsync(new OutgoingMail
        {
            To = ["dean@ektu.kz", "head@ektu.kz"],
            Subject = subject,
            HtmlBody = "<p>Есеп дайын.</p>",
            TextBody = "Есеп дайын.",
            Attachments = attachment == null ? [] : [MailAttachment.FromBytes("есеп.csv", "text/csv", attachment)],
        }));

    private static Task<int> SendAsync(TestApp app) => app.Services.GetRequiredService<MailOutboxSender>().SendDueAsync(CancellationToken.None);

    private static Task<(string Status, int Attempts, DateTime Next, string? Error)> RowAsync(TestApp app) =>
        app.QueryAsync(s => s.QuerySingleOrDefaultAsync<(string, int, DateTime,
            string?)>("SELECT status, attempts, next_attempt_at, last_error FROM k_mail_outbox"));

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SendDue_Should_DeliverMailWithAttachment_When_Queued(string provider)
    {
        await using var smtp = new SmtpTestServer();
        await using var app = await StartAsync(provider, smtp);
        await EnqueueAsync(app, "Отчёт готов: есеп", "a;b\n1;2\n"u8.ToArray());

        (await SendAsync(app)).ShouldBe(1);

        var messages = await smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(5));
        messages.Count.ShouldBe(1);
        messages[0].From.ShouldBe("qa@ektu.kz");
        messages[0].To.ShouldBe(["dean@ektu.kz", "head@ektu.kz"]);
        messages[0].Subject.ShouldBe("Отчёт готов: есеп");
        messages[0].Data.ShouldContain("text/csv");
        (await RowAsync(app)).Status.ShouldBe("Sent");
        (await SendAsync(app)).ShouldBe(0);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SendDue_Should_RetryWithBackoff_When_ServerAnswers451(string provider)
    {
        await using var smtp = new SmtpTestServer(rejectFirst: 1);
        await using var app = await StartAsync(provider, smtp);
        await EnqueueAsync(app, "Retry");

        (await SendAsync(app)).ShouldBe(0);
        var first = await RowAsync(app);
        first.Status.ShouldBe("Pending");
        first.Attempts.ShouldBe(1);
        first.Next.ShouldBe(app.Clock.UtcNow.AddMinutes(1));
        first.Error!.ShouldContain("451");
        smtp.Rejected.ShouldBe(1);

        (await SendAsync(app)).ShouldBe(0, "not due before its back-off");
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        (await SendAsync(app)).ShouldBe(1);
        (await smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(5))).Count.ShouldBe(1);
        var sent = await RowAsync(app);
        sent.Status.ShouldBe("Sent");
        sent.Attempts.ShouldBe(2);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SendDue_Should_GiveUp_When_MaxAttemptsReached(string provider)
    {
        await using var smtp = new SmtpTestServer(rejectFirst: 100);
        await using var app = await StartAsync(provider, smtp, maxAttempts: 3);
        await EnqueueAsync(app, "Never");

        await SendAsync(app);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await SendAsync(app);
        var second = await RowAsync(app);
        second.Next.ShouldBe(app.Clock.UtcNow.AddMinutes(2), "the wait doubles");
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await SendAsync(app);
        app.Clock.Advance(TimeSpan.FromDays(1));
        await SendAsync(app);

        var row = await RowAsync(app);
        row.Status.ShouldBe("Failed");
        row.Attempts.ShouldBe(3);
        smtp.Rejected.ShouldBe(3);
        smtp.Messages.ShouldBeEmpty();
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Enqueue_Should_SendNothing_When_UnitOfWorkRollsBack(string provider)
    {
        await using var smtp = new SmtpTestServer();
        await using var app = await StartAsync(provider, smtp);
        await Should.ThrowAsync<InvalidOperationException>(() => app.AsAsync("admin", async sp =>
        {
            await sp.GetRequiredService<IMailOutbox>().EnqueueAsync(new OutgoingMail { To = ["a@ektu.kz"], Subject = "x", HtmlBody = "x" });
            throw new InvalidOperationException("the change failed");
        }));

        (await SendAsync(app)).ShouldBe(0);
        (await app.QueryAsync(s => s.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM k_mail_outbox"))).ShouldBe(0);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Notify_Should_CountUnreadUntilRead_When_Sent(string provider)
    {
        await using var smtp = new SmtpTestServer();
        await using var app = await StartAsync(provider, smtp);
        var userId = await app.QueryAsync(s => s.ExecuteScalarAsync<Guid>("SELECT id FROM id_users WHERE user_name = 'admin'"));
        await app.AsAsync("admin", sp =>
            sp.GetRequiredService<INotificationSender>()
            .NotifyAsync(userId, "Notifications:Title", [42, new DateTime(2026, 3, 2)], "/notifications"));

        var center = (Func<IServiceProvider, INotificationCenter>)(sp => sp.GetRequiredService<INotificationCenter>());
        (await app.AsAsync("admin", sp => center(sp).CountUnreadAsync(userId))).ShouldBe(1);
        var list = await app.AsAsync("admin", sp => center(sp).ListAsync(userId, 10));
        list.Single().Args.ShouldBe(["42", "2026-03-02"]);
        await app.AsAsync("admin", sp => center(sp).MarkReadAsync(userId, list[0].Id));
        (await app.AsAsync("admin", sp => center(sp).CountUnreadAsync(userId))).ShouldBe(0);
    }
}
