namespace Ektu.Qa.Kernel.Mail;

/// <summary>
/// Queues e-mail in <c>k_mail_outbox</c> inside the caller's unit of work: a rolled-back change sends nothing. A
/// recurring job sends what is due through SMTP, retrying with exponential back-off up to <c>Mail:MaxAttempts</c>.
/// </summary>
public interface IMailOutbox
{
    Task EnqueueAsync(OutgoingMail mail, CancellationToken ct = default);
}
