namespace Ektu.Qa.Kernel.Mail;

/// <summary>The signed-in user's notifications: the layout's bell and the notifications page.</summary>
public interface INotificationCenter
{
    Task<int> CountUnreadAsync(Guid userId, CancellationToken ct = default);

    Task<IReadOnlyList<NotificationDto>> ListAsync(Guid userId, int take, CancellationToken ct = default);

    /// <summary>Marks one notification of <paramref name="userId"/> read, or all of them when <paramref name="id"/> is null.</summary>
    Task MarkReadAsync(Guid userId, Guid? id, CancellationToken ct = default);
}
