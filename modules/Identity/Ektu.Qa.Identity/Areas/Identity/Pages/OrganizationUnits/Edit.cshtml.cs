using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Identity.Areas.Identity.Pages.OrganizationUnits;

[Authorize(IdentityPermissions.OrganizationUnits.Manage)]
internal sealed class EditModel(IOrganizationUnitAppService units) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public SaveOrganizationUnitInput Input { get; set; } = new();
    public IReadOnlyList<OrganizationUnitDto> Units { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await ReloadAsync();
        if (Id is { } id)
        {
            var u = await units.GetAsync(id, ct);
            Input = new SaveOrganizationUnitInput { Code = u.Code, Kind = u.Kind, ParentId = u.ParentId, NameKk = u.NameKk, NameRu = u.NameRu,
                NameEn = u.NameEn, Version = u.Version };
        }
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => TryAsync(async () =>
    {
        if (Id is { } id) await units.UpdateAsync(id, Input, ct);
        else await units.CreateAsync(Input, ct);
        return RedirectToPage("Index");
    });

    public Task<IActionResult> OnPostDeleteAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await units.DeleteAsync(Id ?? Guid.Empty, Input.Version, ct);
        return RedirectToPage("Index");
    });

    protected override async Task ReloadAsync() => Units = await units.GetTreeAsync(HttpContext.RequestAborted);
}
