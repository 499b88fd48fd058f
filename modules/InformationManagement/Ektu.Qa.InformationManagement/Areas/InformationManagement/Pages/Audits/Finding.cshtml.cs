using Ektu.Qa.InformationManagement.Audits;
using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.InformationManagement.Areas.InformationManagement.Pages.Audits;

/// <summary>The page a CAPA item links its source finding to: the finding's audit, at the finding.</summary>
[Authorize(InformationManagementPermissions.Audits.Default)]
internal sealed class FindingModel(IAuditAppService audits) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
        RedirectToPage("/Audits/Details", null, new { id = await audits.GetAuditOfFindingAsync(Id, ct) }, "finding-" + Id));
}
