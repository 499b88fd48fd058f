using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Identity.Roles;
using Ektu.Qa.Identity.Sync;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Identity.Areas.Identity.Pages.Sync;

/// <summary>The role rules every sync applies: add one, remove one.</summary>
[Authorize(IdentityPermissions.Sync.Default)]
internal sealed class RulesModel(ISyncAppService sync, RoleRepository roles) : QaPageModel
{
    public IReadOnlyList<SyncRuleDto> Rules { get; private set; } = [];
    public IReadOnlyList<Role> Roles { get; private set; } = [];

    [BindProperty]
    public SaveSyncRuleInput Input { get; set; } = new();

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await ReloadAsync();
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => sync.CreateRuleAsync(Input, ct), () => RedirectToPage(), ReloadAsync);

    public Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct) =>
        RunAndRedirectAsync(() => sync.DeleteRuleAsync(id, ct), () => RedirectToPage(), ReloadAsync);

    protected override async Task ReloadAsync()
    {
        Rules = await sync.GetRulesAsync(HttpContext.RequestAborted);
        Roles = await roles.GetAllAsync(HttpContext.RequestAborted);
    }
}
