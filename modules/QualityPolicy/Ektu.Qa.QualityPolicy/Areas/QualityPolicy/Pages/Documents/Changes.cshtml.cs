using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QualityPolicy.Documents;
using Ektu.Qa.QualityPolicy.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ektu.Qa.QualityPolicy.Areas.QualityPolicy.Pages.Documents;

/// <summary>The change-registration sheet; adding a row is re-checked (Manage) by the app service.</summary>
[Authorize(QualityPolicyPermissions.Documents.Default)]
internal sealed class ChangesModel(IPolicyDocumentAppService documents, ICurrentUser user) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public AddDocumentChangeInput Input { get; set; } = new();

    public PolicyDocumentDto Document { get; private set; } = new();
    public IReadOnlyList<DocumentChangeDto> Changes { get; private set; } = [];
    public bool CanManage { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(() => LoadAsync(ct));

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => documents.AddChangeAsync(Id, Input, ct), () => RedirectToPage("/Documents/Changes", new { id = Id }),
            () => LoadAsync(ct));

    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
    {
        var d = await documents.GetAsync(Id, ct);
        return new ExcelFileResult<DocumentChangeDto>($"changes-{d.Code}", L["QualityPolicy:ChangeSheet"] + " " + d.Code,
        [
            new("№", c => c.ChangeNumber),
            new(L["QualityPolicy:Pages"], c => c.Pages),
            new(L["QualityPolicy:Reason"], c => c.Reason),
            new(L["QualityPolicy:RegisteredBy"], c => c.RegisteredBy),
            new(L["QualityPolicy:RegisteredOn"], c => c.RegisteredOn),
            new(L["QualityPolicy:ChangedOn"], c => c.ChangedOn),
        ], await documents.GetChangesAsync(Id, ct));
    });

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        Document = await documents.GetAsync(Id, ct);
        Changes = await documents.GetChangesAsync(Id, ct);
        CanManage = await user.HasPermissionAsync(QualityPolicyPermissions.Documents.Manage);
        return Page();
    }
}
