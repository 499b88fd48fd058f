using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.Kernel.Mail;

internal sealed class MailOutbox(IDbSession session, IClock clock, ICurrentUser user, IAuditLog audit) : IMailOutbox
{
    public async Task EnqueueAsync(OutgoingMail mail, CancellationToken ct = default)
    {
        var to = mail.To.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (to.Count == 0) throw ValidationException.For("to", "Kernel:Required");
        if (to.Any(a => !System.Net.Mail.MailAddress.TryCreate(a, out _))) throw ValidationException.For("to", "Kernel:InvalidValue");
        if (mail.Attachments.Any(a => (a.Content == null) == (a.FilePath == null) || (a.FilePath == null) != (a.FileArea == null)))
            throw new ArgumentException("An attachment has either its bytes or a stored file's area and path.", nameof(mail));
        var id = Guid.NewGuid();
        var now = clock.UtcNow;
        var by = user.UserName ?? "system";
        // Deferred to the commit: nothing reads the outbox back in the unit of work that writes it.
        session.Defer("""
            INSERT INTO k_mail_outbox (id, to_addresses, subject, html_body, text_body, status, attempts, next_attempt_at, last_error, sent_at,
            version, created_at, created_by, updated_at, updated_by)
            VALUES (@id, @to, @subject, @html, @text, 'Pending', 0, @now, NULL, NULL, 1, @now, @by, @now, @by)
            """, new Dictionary<string, object?>
            {
                ["id"] = id, ["to"] = string.Join(";", to), ["subject"] = mail.Subject, ["html"] = mail.HtmlBody, ["text"] = mail.TextBody,
                    ["now"] = now, ["by"] = by,
            });
        var position = 0;
        foreach (var a in mail.Attachments)
        {
            session.Defer("""
                INSERT INTO k_mail_attachments (id, mail_id, position, file_name, content_type, content, file_area, file_path)
                VALUES (@aid, @id, @position, @name, @type, @content, @area, @path)
                """, new Dictionary<string, object?>
                {
                    ["aid"] = Guid.NewGuid(), ["id"] = id, ["position"] = position++, ["name"] = a.FileName, ["type"] = a.ContentType,
                        ["content"] = a.Content, ["area"] = a.FileArea, ["path"] = a.FilePath,
                });
        }
        // Who was written to and about what; the body may carry personal data and stays in the outbox only.
        await audit.WriteAsync("Kernel", "MailMessage", id, "Enqueued",
            [new AuditChange("To", null, string.Join(";", to)), new AuditChange("Subject", null, mail.Subject)], ct);
    }
}
