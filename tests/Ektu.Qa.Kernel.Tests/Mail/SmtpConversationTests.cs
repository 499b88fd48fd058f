using System.Security.Cryptography;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Files;
using Ektu.Qa.Kernel.Mail;
using Ektu.Qa.TestKit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Ektu.Qa.Kernel.Tests.Mail;

/// <summary>The outbox sender against a real SMTP conversation on loopback: STARTTLS, AUTH PLAIN, MIME in Kazakh and Russian.</summary>
public sealed class SmtpConversationTests
{
    private const string UniversityName = "Д. Серікбаев атындағы Шығыс Қазақстан техникалық университеті";

    private static Task<TestApp> StartAsync(string provider, SmtpTestServer smtp, Action<WebApplicationBuilder>? more = null) =>
        TestApp.StartAsync(provider, configure: b =>
        {
            MailOutboxTests.Smtp(b, smtp);
            more?.Invoke(b);
        });

    private static void Secure(WebApplicationBuilder b, System.Security.Cryptography.X509Certificates.X509Certificate2 cert, string password)
    {
        b.Configuration["Mail:Smtp:UserName"] = "qa-mailer";
        b.Configuration["Mail:Smtp:Password"] = password;
        b.Configuration["Mail:Smtp:CertificateSha256"] = Convert.ToHexString(SHA256.HashData(cert.RawData));
    }

    private static Task EnqueueAsync(TestApp app, params MailAttachment[] attachments) =>
        app.AsAsync("admin", sp => sp.GetRequiredService<IMailOutbox>().EnqueueAsync(new OutgoingMail
        {
            To = ["Сәрсенбаев Ерлан <dean@ektu.kz>", "Иванова Анна Петровна <head@ektu.kz>"],
            Subject = "Жартыжылдық есеп / Полугодовой отчёт",
            HtmlBody = "<p>Есеп дайын. Отчёт готов.</p>",
            TextBody = "Есеп дайын. Отчёт готов.",
            Attachments = attachments,
        }));

    private static Task<int> SendAsync(TestApp app) => app.Services.GetRequiredService<MailOutboxSender>().SendDueAsync(CancellationToken.None);

    private static Task<(string Status, int Attempts, string? Error)> RowAsync(TestApp app) =>
        app.QueryAsync(s => s.QuerySingleOrDefaultAsync<(string, int, string?)>("SELECT status, attempts, last_error FROM k_mail_outbox"));

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SendDue_Should_UpgradeWithStartTlsAndAuthenticate_When_OfferedAndConfigured(string provider)
    {
        using var cert = SmtpTestServer.CreateCertificate();
        await using var smtp = new SmtpTestServer(certificate: cert, credentials: ("qa-mailer", "Құпия-сөз-1"));
        await using var app = await StartAsync(provider, smtp, b => Secure(b, cert, "Құпия-сөз-1"));
        await EnqueueAsync(app);

        (await SendAsync(app)).ShouldBe(1);

        var message = (await smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(5))).ShouldHaveSingleItem();
        message.Tls.ShouldBeTrue();
        message.User.ShouldBe("qa-mailer");
        smtp.TlsSessions.ShouldBe(1);
        (await RowAsync(app)).Status.ShouldBe("Sent");
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SendDue_Should_EncodeKazakhAndRussianNamesAndAttachments_When_Composed(string provider)
    {
        await using var smtp = new SmtpTestServer();
        var area = new FileStoreArea("MailTest", "MailTest:FileStorePath", Path.Combine("App_Data", "mail-test"));
        await using var app = await StartAsync(provider, smtp, b =>
        {
            b.Configuration["Mail:Smtp:FromName"] = UniversityName;
            b.Configuration["MailTest:FileStorePath"] = Path.Combine(Path.GetTempPath(), "ektu-qa-tests", "mail-" + Guid.NewGuid().ToString("N"));
            b.Services.AddFileStoreArea(area);
        });
        var csv = "Атауы;Саны\r\nҚұжат;2\r\n"u8.ToArray();
        // The attached document is a stored file (the database store on MariaDB), read by the host that sends the mail.
        var stored = await app.AsAsync("admin", sp =>
            sp.GetRequiredService<IFileStore>().SaveAsync(area, new MemoryStream([0x50, 0x4B, 0x03, 0x04, 0xFF, 0x00, 0x7F]), "docx", default));
        await EnqueueAsync(app, MailAttachment.FromBytes("есеп.csv", "text/csv", csv),
            MailAttachment.FromStore("Хаттама №3 (отырыс).docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", area,
                stored.Path));

        (await SendAsync(app)).ShouldBe(1);

        var received = (await smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(5))).ShouldHaveSingleItem();
        received.Data.ShouldNotContain("Сәрсенбаев", Case.Sensitive, "a header carries encoded words, not raw 8-bit text");
        var mime = received.Mime();
        mime.From.Mailboxes.ShouldHaveSingleItem().Name.ShouldBe(UniversityName);
        mime.To.Mailboxes.Select(m => (m.Name, m.Address))
            .ShouldBe([("Сәрсенбаев Ерлан", "dean@ektu.kz"), ("Иванова Анна Петровна", "head@ektu.kz")]);
        mime.Subject.ShouldBe("Жартыжылдық есеп / Полугодовой отчёт");
        mime.TextBody!.ShouldContain("Есеп дайын. Отчёт готов.");
        mime.HtmlBody!.ShouldContain("<p>Есеп дайын. Отчёт готов.</p>");
        var parts = mime.Attachments.OfType<MimePart>().ToList();
        parts.Select(p => p.FileName).ShouldBe(["есеп.csv", "Хаттама №3 (отырыс).docx"]);
        parts.Select(Content).ShouldBe([csv, [0x50, 0x4B, 0x03, 0x04, 0xFF, 0x00, 0x7F]]);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SendDue_Should_KeepTheMailPendingAndSendNothing_When_TheServerRefusesTheCredentials(string provider)
    {
        using var cert = SmtpTestServer.CreateCertificate();
        await using var smtp = new SmtpTestServer(certificate: cert, credentials: ("qa-mailer", "дұрыс"));
        await using var app = await StartAsync(provider, smtp, b => Secure(b, cert, "қате"));
        await EnqueueAsync(app);

        (await SendAsync(app)).ShouldBe(0);

        var row = await RowAsync(app);
        (row.Status, row.Attempts).ShouldBe(("Pending", 1));
        row.Error.ShouldNotBeNullOrEmpty();
        smtp.Messages.ShouldBeEmpty();
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SendDue_Should_NotFallBackToPlainText_When_TheOfferedCertificateIsNotTrusted(string provider)
    {
        using var cert = SmtpTestServer.CreateCertificate();
        await using var smtp = new SmtpTestServer(certificate: cert);
        await using var app = await StartAsync(provider, smtp);
        await EnqueueAsync(app);

        (await SendAsync(app)).ShouldBe(0);

        (await RowAsync(app)).Status.ShouldBe("Pending");
        smtp.Messages.ShouldBeEmpty();
    }

    private static byte[] Content(MimePart part)
    {
        using var ms = new MemoryStream();
        part.Content!.DecodeTo(ms);
        return ms.ToArray();
    }
}
