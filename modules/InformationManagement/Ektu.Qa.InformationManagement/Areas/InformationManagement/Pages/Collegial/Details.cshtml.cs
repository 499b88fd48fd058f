using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.InformationManagement.Collegial;
using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.InformationManagement.Areas.InformationManagement.Pages.Collegial;

/// <summary>One collegial analysis: its plan items (add one, raise one as a CAPA item once) and the edit of the record.</summary>
[Authorize(InformationManagementPermissions.Collegial.Default)]
internal sealed class DetailsModel(ICollegialAppService collegial, ICurrentUser user) : QaPageModel, ICollegialForm
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public SaveCollegialAnalysisInput Input { get; set; } = new();
    [BindProperty] public SaveCollegialActionInput NewAction { get; set; } = new();
    [BindProperty] public Guid ActionId { get; set; }

    public CollegialAnalysisDto Item { get; private set; } = null!;
    public IReadOnlyList<OrganizationUnitDto>? Units => null;
    public bool CanManage { get; private set; }

    protected override string FieldPrefix => Request.Query["handler"] == "Action" ? "NewAction." : "Input.";

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        Input = new SaveCollegialAnalysisInput
        {
            UnitId = Item.UnitId, Body = Item.Body, HeldOn = Item.HeldOn, Subject = Item.Subject, Decisions = Item.Decisions,
            PlanKind = Item.PlanKind, Version = Item.Version,
        };
        return Page();
    });

    public Task<IActionResult> OnPostEditAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => collegial.UpdateAsync(Id, Input, ct), Back, () => LoadAsync(ct));

    public Task<IActionResult> OnPostActionAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => collegial.AddActionAsync(Id, NewAction, ct), Back, () => LoadAsync(ct));

    public Task<IActionResult> OnPostCapaAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => collegial.RaiseCapaAsync(Id, ActionId, ct), Back, () => LoadAsync(ct));

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private IActionResult Back() => RedirectToPage("/Collegial/Details", new { id = Id });

    private async Task LoadAsync(CancellationToken ct)
    {
        Item = await collegial.GetAsync(Id, ct);
        CanManage = await user.HasPermissionAsync(InformationManagementPermissions.Collegial.Manage);
    }
}
