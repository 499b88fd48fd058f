using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Timing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

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
                "SELECT id FROM k_mail_outbox WHERE status = 'Pending' AND next_attempt_at <= @now ORDER BY next_attempt_at LIMIT " + Math.Max(1, o.BatchSize),
                new { now = clock.UtcNow }, ct);
        }
        var sent = 0;
        foreach (var id in due)
        {
            ct.ThrowIfCancellationRequested();
            await using var scope = scopes.CreateAsyncScope();
            var session = scope.ServiceProvider.GetRequiredService<IDbSession>();
            if (await session.InUnitOfWorkAsync(() => SendOneAsync(session, id, o, ct), ct)) sent++;
        }
        return sent;
    }

    private async Task<bool> SendOneAsync(IDbSession session, Guid id, MailOptions o, CancellationToken ct)
    {
        var row = await session.QuerySingleOrDefaultAsync<OutboxRow>(
            "SELECT id, to_addresses AS ToAddresses, subject, html_body AS HtmlBody, text_body AS TextBody, status, attempts, version FROM k_mail_outbox WHERE id = @id",
            new { id }, ct);
        if (row == null || row.Status != "Pending") return false;
        var attachments = await session.QueryAsync<AttachmentRow>(
            "SELECT file_name AS FileName, content_type AS ContentType, content, file_path AS FilePath FROM k_mail_attachments WHERE mail_id = @id ORDER BY position",
            new { id }, ct);
        var now = clock.UtcNow;
        var attempt = row.Attempts + 1;
        try
        {
            await SendAsync(row, attachments, o.Smtp, ct);
        }
        catch (Exception ex) when (ex is SmtpException or IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            var failed = attempt >= o.MaxAttempts;
            var delay = TimeSpan.FromTicks(o.FirstRetryDelay.Ticks * (1L << Math.Min(attempt - 1, 20)));
            logger.LogWarning(ex, "Mail {MailId} attempt {Attempt} failed{Final}", id, attempt, failed ? "; giving up" : "");
            await session.ExecuteAsync("""
                UPDATE k_mail_outbox SET status = @status, attempts = @attempt, next_attempt_at = @next, last_error = @error,
                  version = version + 1, updated_at = @now, updated_by = 'system'
                WHERE id = @id AND version = @version
                """, new { id, version = row.Version, status = failed ? "Failed" : "Pending", attempt, next = now + delay, error = ex is SmtpException smtp ? $"{(int)smtp.StatusCode} {smtp.Message}" : ex.Message, now }, ct);
            return false;
        }
        await session.ExecuteAsync("""
            UPDATE k_mail_outbox SET status = 'Sent', attempts = @attempt, sent_at = @now, last_error = NULL,
              version = version + 1, updated_at = @now, updated_by = 'system'
            WHERE id = @id AND version = @version
            """, new { id, version = row.Version, attempt, now }, ct);
        return true;
    }

    private static async Task SendAsync(OutboxRow row, IReadOnlyList<AttachmentRow> attachments, SmtpOptions smtp, CancellationToken ct)
    {
        using var message = new MailMessage { From = new MailAddress(smtp.From), Subject = row.Subject, SubjectEncoding = System.Text.Encoding.UTF8 };
        foreach (var to in row.ToAddresses.Split(';', StringSplitOptions.RemoveEmptyEntries)) message.To.Add(to);
        if (row.TextBody != null)
        {
            message.Body = row.TextBody;
            message.BodyEncoding = System.Text.Encoding.UTF8;
            message.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(row.HtmlBody, System.Text.Encoding.UTF8, MediaTypeNames.Text.Html));
        }
        else
        {
            message.Body = row.HtmlBody;
            message.BodyEncoding = System.Text.Encoding.UTF8;
            message.IsBodyHtml = true;
        }
        foreach (var a in attachments)
        {
            var stream = a.Content != null ? new MemoryStream(a.Content) : (Stream)File.OpenRead(a.FilePath!);
            message.Attachments.Add(new Attachment(stream, a.FileName, a.ContentType));
        }
        using var client = new SmtpClient(smtp.Host, smtp.Port) { EnableSsl = smtp.EnableSsl, Timeout = smtp.TimeoutMs, DeliveryMethod = SmtpDeliveryMethod.Network };
        if (!string.IsNullOrEmpty(smtp.UserName)) client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        await client.SendMailAsync(message, ct);
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
        public string? FilePath { get; init; }
    }
}
