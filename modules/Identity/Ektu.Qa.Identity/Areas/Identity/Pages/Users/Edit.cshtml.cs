using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Identity.Users;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Identity.Areas.Identity.Pages.Users;

[Authorize(IdentityPermissions.Users.Manage)]
internal sealed class EditModel(IUserAppService users) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public SaveUserInput Input { get; set; } = new();
    public bool Locked { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        if (Id is { } id)
        {
            var u = await users.GetAsync(id, ct);
            Input = new SaveUserInput { UserName = u.UserName, FullName = u.FullName, Email = u.Email, Position = u.Position, IsActive = u.IsActive,
                Version = u.Version };
            Locked = u.IsLockedOut;
        }
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => TryAsync(async () =>
    {
        if (Id is { } id) await users.UpdateAsync(id, Input, ct);
        else await users.CreateAsync(Input, ct);
        // The list is paged: filtered by the saved user's name, the row is on the page whatever its position.
        return RedirectToPage("Index", new { search = Input.UserName });
    });

    public Task<IActionResult> OnPostUnlockAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await users.UnlockAsync(Id ?? Guid.Empty, ct);
        return RedirectToPage("Edit", new { id = Id });
    });
}
