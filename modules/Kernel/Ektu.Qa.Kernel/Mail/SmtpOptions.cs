namespace Ektu.Qa.Kernel.Mail;

/// <summary>The "Mail:Smtp" configuration section.</summary>
public sealed class SmtpOptions
{
    /// <summary>Empty: mails stay queued (nothing is configured to send them).</summary>
    public string Host { get; set; } = "";

    public int Port { get; set; } = 25;

    public bool EnableSsl { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "no-reply@ektu.kz";

    public int TimeoutMs { get; set; } = 30000;
}
