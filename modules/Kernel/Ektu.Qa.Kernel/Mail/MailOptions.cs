namespace Ektu.Qa.Kernel.Mail;

/// <summary>The "Mail" configuration section.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Attempts before a mail is marked failed for good.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Wait after the first failure; doubled after each next one.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Mails sent per run of the sender job.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>Cron of the sender job (Quartz syntax).</summary>
    public string SendCron { get; set; } = "0/20 * * * * ?";
}
