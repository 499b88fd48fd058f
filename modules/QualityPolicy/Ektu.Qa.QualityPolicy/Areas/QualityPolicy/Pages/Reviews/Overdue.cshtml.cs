using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Paging;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QualityPolicy.Documents;
using Ektu.Qa.QualityPolicy.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ektu.Qa.QualityPolicy.Areas.QualityPolicy.Pages.Reviews;

/// <summary>Documents in force whose 3-year review date has passed (004 §8).</summary>
[Authorize(QualityPolicyPermissions.Documents.Default)]
internal sealed class OverdueModel(IPolicyDocumentAppService documents, IUnitDirectory units) : QaPageModel
{
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedResult<PolicyDocumentDto> Result { get; private set; } = new([], 0, 1, 50);
    public IReadOnlyDictionary<Guid, string> UnitNames { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Result = await documents.GetOverdueReviewsAsync(PageNumber, 50, ct);
        UnitNames = await units.NamesAsync(ct);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var names = await units.NamesAsync(ct);
        return new ExcelFileResult<PolicyDocumentDto>("overdue-reviews", L["Menu:QualityPolicy.OverdueReviews"],
        [
            new(L["QualityPolicy:Code"], d => d.Code),
            new(L["QualityPolicy:Title"], d => d.Title),
            new(L["QualityPolicy:OwnerUnit"], d => names.GetValueOrDefault(d.OwnerUnitId)),
            new(L["QualityPolicy:ApprovedOn"], d => d.ApprovedOn),
            new(L["QualityPolicy:ReviewDueOn"], d => d.ReviewDueOn),
        ], await PagedExport.AllAsync((page, size) => documents.GetOverdueReviewsAsync(page, size, ct)));
    }
}
