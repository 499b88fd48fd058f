using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Files;
using Ektu.Qa.Kernel.Observability;
using Ektu.Qa.Kernel.Timing;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Ektu.Qa.Kernel.Mail;

/// <summary>
/// Sends due outbox mails, each in its own unit of work so one slow or failing server answer holds no lock on the
/// others. Failures back off exponentially (<see cref="MailOptions.FirstRetryDelay"/> × 2^(attempt−1)).
/// </summary>
internal sealed class MailOutboxSender(IServiceScopeFactory scopes, IOptions<MailOptions> options, IClock clock, ILogger<MailOutboxSender> logger)
{
    /// <summary>Returns how many mails were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(o.Smtp.Host)) return 0;
        IReadOnlyList<Guid> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            due = await scope.ServiceProvider.GetRequiredService<IDbSession>().QueryAsync<Guid>(
                "SELECT id FROM k_mail_outbox WHERE status = 'Pending' AND next_attempt_at <= @now ORDER BY next_attempt_at LIMIT "
                    + Math.Max(1, o.BatchSize),
                new { now = clock.UtcNow }, ct);
        }
        var sent = 0;
        foreach (var id in due)
        {
            ct.ThrowIfCancellationRequested();
            await using var scope = scopes.CreateAsyncScope();
            var session = scope.ServiceProvider.GetRequiredService<IDbSession>();
            var files = new StoredAttachments(scope.ServiceProvider.GetRequiredService<IFileStore>(),
                scope.ServiceProvider.GetServices<FileStoreArea>());
            if (await session.InUnitOfWorkAsync(() => SendOneAsync(session, files, id, o, ct), ct)) sent++;
        }
        return sent;
    }

    private async Task<bool> SendOneAsync(IDbSession session, StoredAttachments files, Guid id, MailOptions o, CancellationToken ct)
    {
        var row = await session.QuerySingleOrDefaultAsync<OutboxRow>(
            "SELECT id, to_addresses AS ToAddresses, subject, html_body AS HtmlBody, text_body AS TextBody, status, attempts, version FROM " +
                "k_mail_outbox WHERE id = @id",
            new { id }, ct);
        if (row == null || row.Status != "Pending") return false;
        var attachments = await session.QueryAsync<AttachmentRow>(
            "SELECT file_name AS FileName, content_type AS ContentType, content, file_area AS FileArea, file_path AS FilePath " +
                "FROM k_mail_attachments WHERE mail_id = @id ORDER BY position",
            new { id }, ct);
        var now = clock.UtcNow;
        var attempt = row.Attempts + 1;
        try
        {
            await SendAsync(row, attachments, files, o.Smtp, ct);
        }
        catch (Exception ex) when (IsDeliveryFailure(ex, ct))
        {
            var failed = attempt >= o.MaxAttempts;
            var delay = TimeSpan.FromTicks(o.FirstRetryDelay.Ticks * (1L << Math.Min(attempt - 1, 20)));
            logger.LogWarning(ex, "Mail {MailId} attempt {Attempt} failed{Final}", id, attempt, failed ? "; giving up" : "");
            QaMetrics.MailAttempt(failed ? "failed" : "retry");
            await session.ExecuteAsync("""
                UPDATE k_mail_outbox SET status = @status, attempts = @attempt, next_attempt_at = @next, last_error = @error,
                  version = version + 1, updated_at = @now, updated_by = 'system'
                WHERE id = @id AND version = @version
                """, new { id, version = row.Version, status = failed ? "Failed" : "Pending", attempt, next = now + delay, error = ErrorText(ex),
                    now }, ct);
            return false;
        }
        await session.ExecuteAsync("""
            UPDATE k_mail_outbox SET status = 'Sent', attempts = @attempt, sent_at = @now, last_error = NULL,
              version = version + 1, updated_at = @now, updated_by = 'system'
            WHERE id = @id AND version = @version
            """, new { id, version = row.Version, attempt, now }, ct);
        QaMetrics.MailAttempt("sent");
        return true;
    }

    /// <summary>What a server, the network or a missing attachment file can do to one mail; a stopping host is not one.</summary>
    private static bool IsDeliveryFailure(Exception ex, CancellationToken ct) => ex switch
    {
        OperationCanceledException => !ct.IsCancellationRequested,
        CommandException or ProtocolException or AuthenticationException or SslHandshakeException or ParseException => true,
        IOException or SocketException or TimeoutException or UnauthorizedAccessException or InvalidOperationException => true,
        _ => false,
    };

    // The server's own words (kept for the operator on the outbox row); never shown to a person as page text.
    private static string ErrorText(Exception ex) => ex is SmtpCommandException smtp ? $"{(int)smtp.StatusCode} {smtp.Message}" : ex.Message;

    private static async Task SendAsync(OutboxRow row, IReadOnlyList<AttachmentRow> attachments, StoredAttachments files, SmtpOptions smtp,
        CancellationToken ct)
    {
        var streams = new List<Stream>();
        try
        {
            using var message = Compose(row, attachments, files, smtp, streams);
            using var client = new SmtpClient { Timeout = smtp.TimeoutMs };
            if (!string.IsNullOrEmpty(smtp.CertificateSha256))
                client.ServerCertificateValidationCallback = (_, certificate, _, errors) => errors == System.Net.Security.SslPolicyErrors.None
                    || (certificate != null && Pinned(certificate, smtp.CertificateSha256));
            await client.ConnectAsync(smtp.Host, smtp.Port, Security(smtp), ct);
            if (!string.IsNullOrEmpty(smtp.UserName)) await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", ct);
            await client.SendAsync(message, ct);
            await client.DisconnectAsync(quit: true, ct);
        }
        finally
        {
            foreach (var s in streams) await s.DisposeAsync();
        }
    }

    /// <summary>
    /// EnableSsl demands TLS: from the first byte on port 465, else STARTTLS, and a server that does not offer it fails.
    /// Without it STARTTLS is still used whenever the server offers it, so credentials and mail cross the network encrypted
    /// wherever they can.
    /// </summary>
    private static SecureSocketOptions Security(SmtpOptions smtp) =>
        !smtp.EnableSsl ? SecureSocketOptions.StartTlsWhenAvailable : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.StartTls;

    private static bool Pinned(X509Certificate certificate, string sha256) =>
        Convert.ToHexString(SHA256.HashData(certificate.GetRawCertData()))
            .Equals(sha256.Replace(":", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);

    private static MimeMessage Compose(OutboxRow row, IReadOnlyList<AttachmentRow> attachments, StoredAttachments files, SmtpOptions smtp,
        List<Stream> streams)
    {
        var message = new MimeMessage { Subject = row.Subject };
        message.From.Add(new MailboxAddress(string.IsNullOrWhiteSpace(smtp.FromName) ? null : smtp.FromName, smtp.From));
        // A recipient is an address or "Name <address>" (checked when queued); names in Kazakh or Russian are encoded per RFC 2047.
        foreach (var to in row.ToAddresses.Split(';', StringSplitOptions.RemoveEmptyEntries)) message.To.Add(MailboxAddress.Parse(to.Trim()));
        var body = new BodyBuilder { HtmlBody = row.HtmlBody, TextBody = row.TextBody };
        foreach (var a in attachments)
        {
            var stream = a.Content != null ? new MemoryStream(a.Content, writable: false) : files.OpenRead(a.FileArea!, a.FilePath!);
            streams.Add(stream);
            body.Attachments.Add(a.FileName, stream, ContentType.Parse(a.ContentType));
        }
        message.Body = body.ToMessageBody();
        return message;
    }

    private sealed class OutboxRow
    {
        public Guid Id { get; init; }
        public string ToAddresses { get; init; } = "";
        public string Subject { get; init; } = "";
        public string HtmlBody { get; init; } = "";
        public string? TextBody { get; init; }
        public string Status { get; init; } = "";
        public int Attempts { get; init; }
        public int Version { get; init; }
    }

    private sealed class AttachmentRow
    {
        public string FileName { get; init; } = "";
        public string ContentType { get; init; } = "";
        public byte[]? Content { get; init; }
        public string? FileArea { get; init; }
        public string? FilePath { get; init; }
    }

    /// <summary>Attached files read through the file store by their area's name; an area no module registered fails the attempt.</summary>
    private sealed class StoredAttachments(IFileStore store, IEnumerable<FileStoreArea> areas)
    {
        public Stream OpenRead(string areaName, string path) =>
            store.OpenRead(areas.FirstOrDefault(a => a.Name == areaName)
                ?? throw new InvalidOperationException($"No file store area '{areaName}' is registered."), path);
    }
}
