namespace Ektu.Qa.Kernel.Mail;

/// <summary>An e-mail to send through the outbox: recipients, subject, HTML body (and a plain-text one), attachments.</summary>
public sealed class OutgoingMail
{
    public required IReadOnlyList<string> To { get; init; }

    public required string Subject { get; init; }

    public required string HtmlBody { get; init; }

    public string? TextBody { get; init; }

    public IReadOnlyList<MailAttachment> Attachments { get; init; } = [];
}
