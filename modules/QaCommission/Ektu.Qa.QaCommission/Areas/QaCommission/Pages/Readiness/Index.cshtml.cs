using Ektu.Qa.ExternalAccreditation.Permissions;
using Ektu.Qa.ExternalAccreditation.Readiness;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.QaCommission.Areas.QaCommission.Pages.Readiness;

/// <summary>
/// The commission's view of accreditation readiness (004 §3.8), read through ExternalAccreditation's Contracts: experts'
/// recommendations by status and the evidence library's freshness per ESG standard; records are kept on that module's page.
/// </summary>
[Authorize(ExternalAccreditationPermissions.Readiness.Default)]
internal sealed class IndexModel(IReadinessAppService readiness) : QaPageModel
{
    public ReadinessSummaryDto Summary { get; private set; } = new();

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        Summary = await readiness.GetSummaryAsync(ct);
        return Page();
    });
}
