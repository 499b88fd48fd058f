using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Paging;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.QualityPolicy.Documents;
using Ektu.Qa.QualityPolicy.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ektu.Qa.QualityPolicy.Areas.QualityPolicy.Pages.Documents;

[Authorize(QualityPolicyPermissions.Documents.Default)]
internal sealed class IndexModel(IPolicyDocumentAppService documents, IUnitDirectory units, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true)] public DocumentType? Type { get; set; }
    [BindProperty(SupportsGet = true)] public DocumentState? State { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedResult<PolicyDocumentDto> Result { get; private set; } = new([], 0, 1, 50);
    public IReadOnlyDictionary<Guid, string> UnitNames { get; private set; } = new Dictionary<Guid, string>();
    public bool CanManage { get; private set; }

    public string ExportUrl => "/api/quality-policy/documents/export" + Request.QueryString;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Result = await documents.GetListAsync(new DocumentListInput { Search = Search, Type = Type, State = State, Page = PageNumber }, ct);
        UnitNames = await units.NamesAsync(ct);
        CanManage = await user.HasPermissionAsync(QualityPolicyPermissions.Documents.Manage);
    }
}
