using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QualityPolicy.Documents;
using Ektu.Qa.QualityPolicy.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ektu.Qa.QualityPolicy.Areas.QualityPolicy.Pages.Documents;

/// <summary>Creates a document (no id) or edits its card.</summary>
[Authorize(QualityPolicyPermissions.Documents.Manage)]
internal sealed class EditModel(IPolicyDocumentAppService documents, IUnitDirectory units) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public SavePolicyDocumentInput Input { get; set; } = new();
    public IReadOnlyList<OrganizationUnitDto> Units { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        if (Id is { } id)
        {
            var d = await documents.GetAsync(id, ct);
            Input = new SavePolicyDocumentInput
            {
                Code = d.Code, Type = d.Type, TitleKk = d.TitleKk, TitleRu = d.TitleRu, TitleEn = d.TitleEn, OwnerUnitId = d.OwnerUnitId,
                ScopeUnitId = d.ScopeUnitId, IsPublished = d.IsPublished, Version = d.Version,
            };
        }
        return await PageAsync(ct);
    });

    // A rejected form is shown again with its select lists.
    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAndRedirectAsync(
        async () =>
        {
            var d = Id is { } id ? await documents.UpdateAsync(id, Input, ct) : await documents.CreateAsync(Input, ct);
            return RedirectToPage("/Documents/Details", new { id = d.Id });
        },
        () => PageAsync(ct));

    private async Task<IActionResult> PageAsync(CancellationToken ct)
    {
        Units = await units.InScopeAsync(ct);
        return Page();
    }
}
