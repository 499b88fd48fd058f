namespace Ektu.Qa.Kernel.Mail;

/// <summary>The "Mail:Smtp" configuration section.</summary>
public sealed class SmtpOptions
{
    /// <summary>Empty: mails stay queued (nothing is configured to send them).</summary>
    public string Host { get; set; } = "";

    public int Port { get; set; } = 25;

    /// <summary>
    /// Demands TLS: from the first byte on port 465, else STARTTLS. Without it STARTTLS is still used whenever the server
    /// offers it, and a certificate that fails validation stops the sending rather than falling back to plain text.
    /// </summary>
    public bool EnableSsl { get; set; }

    /// <summary>Set: the sender authenticates (SASL, the best mechanism the server offers).</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "no-reply@ektu.kz";

    /// <summary>Display name of <see cref="From"/>, in any script (encoded per RFC 2047), e.g. the university's name.</summary>
    public string? FromName { get; set; }

    /// <summary>
    /// SHA-256 of the server's certificate (hex, colons allowed), accepted even when no trusted authority signed it:
    /// a mail relay with a self-signed or private-CA certificate.
    /// </summary>
    public string? CertificateSha256 { get; set; }

    public int TimeoutMs { get; set; } = 30000;
}
