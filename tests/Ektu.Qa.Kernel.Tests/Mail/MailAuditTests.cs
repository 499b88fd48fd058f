using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Mail;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Kernel.Tests.Mail;

public sealed class MailAuditTests
{
    private sealed class AuditRow
    {
        public Guid EntityId { get; init; }
        public string UserName { get; init; } = "";
        public string Module { get; init; } = "";
        public string Action { get; init; } = "";
        public string? Changes { get; init; }
    }

    private static Task<List<AuditRow>> AuditAsync(TestApp app, string entity) =>
        app.QueryAsync(async s => (await s.QueryAsync<AuditRow>(
            "SELECT entity_id AS EntityId, user_name AS UserName, module, action, changes FROM k_audit_log WHERE entity = @entity", new { entity }))
                .ToList());

    private static List<string> Changes(AuditRow row) =>
        System.Text.Json.JsonSerializer.Deserialize<List<Auditing.AuditChange>>(row.Changes!)!.Select(c => $"{c.Field}={c.New}").ToList();

    private static OutgoingMail Mail(string subject) => new()
    {
        To = ["dean@ektu.kz", "head@ektu.kz"],
        Subject = subject,
        HtmlBody = "<p>Құпия мазмұн 4242</p>",
        TextBody = "Құпия мазмұн 4242",
    };

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Enqueue_Should_WriteAuditEntryWithRecipientsAndSubjectButNotBody_When_MailQueued(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, configure: b => b.Configuration["Scheduling:Enabled"] = "false");

        await app.AsAsync("admin", sp => sp.GetRequiredService<IMailOutbox>().EnqueueAsync(Mail("Есеп дайын: аудит")));

        var mailId = await app.QueryAsync(s => s.ExecuteScalarAsync<string>("SELECT id FROM k_mail_outbox"));
        var entries = await AuditAsync(app, "MailMessage");
        entries.Count.ShouldBe(1);
        entries[0].EntityId.ShouldBe(Guid.Parse(mailId!));
        entries[0].Module.ShouldBe("Kernel");
        entries[0].UserName.ShouldBe("admin");
        var changes = Changes(entries[0]);
        changes.ShouldBe(["To=dean@ektu.kz;head@ektu.kz", "Subject=Есеп дайын: аудит"]);
        entries[0].Changes!.ShouldNotContain("4242");
        entries[0].Changes!.ShouldContain("Есеп дайын", customMessage: "stored readable, not as \\u escapes");
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Notify_Should_WriteAuditEntryWithRecipientAndTitle_When_NotificationSent(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, configure: b => b.Configuration["Scheduling:Enabled"] = "false");
        var teacher = Guid.Parse((await app.QueryAsync(s => s.ExecuteScalarAsync<string>("SELECT id FROM id_users WHERE user_name = 'teacher1'")))!);

        await app.AsAsync("admin", sp =>
            sp.GetRequiredService<INotificationSender>().NotifyAsync(teacher, "Reporting:Notification.RunReady", ["Аудит"], "/Reporting/Runs"));

        var notificationId = await app.QueryAsync(s => s.ExecuteScalarAsync<string>("SELECT id FROM k_notifications"));
        var entries = await AuditAsync(app, "Notification");
        entries.Count.ShouldBe(1);
        entries[0].EntityId.ShouldBe(Guid.Parse(notificationId!));
        var changes = Changes(entries[0]);
        changes.ShouldContain("Recipient=" + teacher);
        changes.ShouldContain("Title=Reporting:Notification.RunReady");
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Enqueue_Should_LeaveNeitherMailNorAuditEntry_When_UnitOfWorkRollsBack(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, configure: b => b.Configuration["Scheduling:Enabled"] = "false");

        await Should.ThrowAsync<InvalidOperationException>(() => app.AsAsync("admin", async sp =>
        {
            await sp.GetRequiredService<IMailOutbox>().EnqueueAsync(Mail("Rolled back"));
            throw new InvalidOperationException("the change fails after the mail was queued");
        }));

        (await app.QueryAsync(s => s.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM k_mail_outbox"))).ShouldBe(0);
        (await AuditAsync(app, "MailMessage")).ShouldBeEmpty();
    }
}
