namespace Ektu.Qa.Kernel.Mail;

/// <summary>A notification as stored: localize <see cref="TitleKey"/> with <see cref="Args"/> to show it.</summary>
public sealed class NotificationDto
{
    public Guid Id { get; init; }

    public string TitleKey { get; init; } = "";

    public string[] Args { get; init; } = [];

    public string? Link { get; init; }

    public DateTime? ReadAt { get; init; }

    public DateTime CreatedAt { get; init; }
}
