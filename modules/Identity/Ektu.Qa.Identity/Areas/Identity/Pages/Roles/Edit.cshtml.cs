using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Identity.Roles;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Identity.Areas.Identity.Pages.Roles;

[Authorize(IdentityPermissions.Roles.Manage)]
internal sealed class EditModel(IRoleAppService roles) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public SaveRoleInput Input { get; set; } = new();

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        if (Id is { } id)
        {
            var r = await roles.GetAsync(id, ct);
            Input = new SaveRoleInput { Name = r.Name, Description = r.Description, Version = r.Version };
        }
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => TryAsync(async () =>
    {
        if (Id is { } id) await roles.UpdateAsync(id, Input, ct);
        else await roles.CreateAsync(Input, ct);
        return RedirectToPage("Index");
    });

    public Task<IActionResult> OnPostDeleteAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await roles.DeleteAsync(Id ?? Guid.Empty, Input.Version, ct);
        return RedirectToPage("Index");
    });
}
