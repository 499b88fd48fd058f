using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Identity.Roles;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Identity.Areas.Identity.Pages.Roles;

/// <summary>The grouped, searchable permission editor; the whole set is saved in one request and one database round trip.</summary>
[Authorize(IdentityPermissions.Roles.ManagePermissions)]
internal sealed class PermissionsModel(IRoleAppService roles, PermissionDefinitionManager definitions) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    public string RoleName { get; private set; } = "";
    public int Version { get; private set; }
    public HashSet<string> Granted { get; private set; } = [];
    public IReadOnlyList<PermissionGroupDefinition> Groups => definitions.Groups;

    protected override string FieldPrefix => "";

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () => { await LoadAsync(ct); return Page(); });

    public Task<IActionResult> OnPostAsync(int version, string[]? granted, CancellationToken ct) => TryAsync(async () =>
    {
        await roles.SetPermissionsAsync(Id, version, granted ?? [], ct);
        return RedirectToPage("Index");
    });

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        var p = await roles.GetPermissionsAsync(Id, ct);
        RoleName = p.RoleName;
        Version = p.Version;
        Granted = p.Granted.ToHashSet();
    }
}
