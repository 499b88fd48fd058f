namespace Ektu.Qa.Kernel.Mail;

/// <summary>
/// In-app notifications (<c>k_notifications</c>), written in the caller's unit of work. The title is a localization
/// key formatted with <c>args</c> in the reader's language when shown; pass a name people give in three languages as a
/// <see cref="Localization.LocalizedText"/>, and the reader sees it in theirs.
/// </summary>
public interface INotificationSender
{
    Task NotifyAsync(Guid userId, string titleKey, object[] args, string? link, CancellationToken ct = default);
}
