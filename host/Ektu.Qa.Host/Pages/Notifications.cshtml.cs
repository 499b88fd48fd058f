using Ektu.Qa.Kernel.Mail;
using Ektu.Qa.Kernel.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ektu.Qa.Host.Pages;

/// <summary>The signed-in user's notifications, newest first; titles localized when shown.</summary>
public sealed class NotificationsModel(ICurrentUser user, INotificationCenter center) : PageModel
{
    public IReadOnlyList<NotificationDto> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Items = user.Id is { } id ? await center.ListAsync(id, 200, ct) : [];
    }

    public async Task<IActionResult> OnPostReadAsync(Guid? id, CancellationToken ct)
    {
        if (user.Id is { } uid) await center.MarkReadAsync(uid, id, ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostOpenAsync(Guid id, CancellationToken ct)
    {
        if (user.Id is not { } uid) return RedirectToPage();
        var item = (await center.ListAsync(uid, 500, ct)).FirstOrDefault(n => n.Id == id);
        if (item == null) return NotFound();
        await center.MarkReadAsync(uid, id, ct);
        return LocalRedirect(item.Link ?? "/Notifications");
    }
}
