using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QualityPolicy.Documents;
using Ektu.Qa.QualityPolicy.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.QualityPolicy.Areas.QualityPolicy.Pages.Documents;

[Authorize(QualityPolicyPermissions.Documents.Default)]
internal sealed class DetailsModel(IPolicyDocumentAppService documents, IUnitDirectory units, ICurrentUser user, IOrganizationScope scopes)
    : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    public PolicyDocumentDto Document { get; private set; } = new();
    public IReadOnlyList<DocumentEditionDto> Editions { get; private set; } = [];
    public IReadOnlyList<DocumentChangeDto> Changes { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> UnitNames { get; private set; } = new Dictionary<Guid, string>();
    public bool CanManage { get; private set; }
    public bool CanApprove { get; private set; }
    public bool CanSeeSheets { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        Document = await documents.GetAsync(Id, ct);
        Editions = await documents.GetEditionsAsync(Id, ct);
        Changes = await documents.GetChangesAsync(Id, ct);
        UnitNames = await units.NamesAsync(ct);
        CanManage = await user.HasPermissionAsync(QualityPolicyPermissions.Documents.Manage);
        CanApprove = await user.HasPermissionAsync(QualityPolicyPermissions.Documents.Approve);
        // A sheet is read within the scope of the document's owner or audience unit (a dean sees the university's
        // documents, not who acknowledged them across the university): no link to a page that answers 404.
        var scope = await scopes.GetAsync(ct);
        CanSeeSheets = await user.HasPermissionAsync(QualityPolicyPermissions.Acknowledgements.Default)
                       && (scope.Contains(Document.OwnerUnitId) || scope.Contains(Document.ScopeUnitId));
        return Page();
    });

    /// <summary>Sends the pending edition through the policy document approval process and shows the instance.</summary>
    public Task<IActionResult> OnPostSubmitAsync(CancellationToken ct) => TryAsync(async () =>
        RedirectToPage("/Instances/Details", new { area = "Workflow", id = await documents.SubmitForApprovalAsync(Id, ct) }));
}
