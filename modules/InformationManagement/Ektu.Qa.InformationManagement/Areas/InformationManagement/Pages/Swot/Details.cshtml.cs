using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.InformationManagement.Swot;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.InformationManagement.Areas.InformationManagement.Pages.Swot;

/// <summary>One SWOT analysis: its four lists; a draft is edited and approved.</summary>
[Authorize(InformationManagementPermissions.Swot.Default)]
internal sealed class DetailsModel(ISwotAppService swot, ICurrentUser user) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public SwotLists Lists { get; set; } = new();

    public SwotDto Item { get; private set; } = null!;
    public bool CanManage { get; private set; }

    protected override string FieldPrefix => "Lists.";

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        Lists = SwotLists.Of(Item);
        return Page();
    });

    public Task<IActionResult> OnPostEditAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => swot.UpdateAsync(Id, Lists.Into(new SaveSwotInput { Version = Version }), ct), Back, () => LoadAsync(ct));

    public Task<IActionResult> OnPostApproveAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => swot.ApproveAsync(Id, Version, ct), Back, () => LoadAsync(ct));

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private IActionResult Back() => RedirectToPage("/Swot/Details", new { id = Id });

    private async Task LoadAsync(CancellationToken ct)
    {
        Item = await swot.GetAsync(Id, ct);
        CanManage = await user.HasPermissionAsync(InformationManagementPermissions.Swot.Manage);
    }
}
