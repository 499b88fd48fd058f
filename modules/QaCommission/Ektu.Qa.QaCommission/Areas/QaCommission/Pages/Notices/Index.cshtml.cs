using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QaCommission.Permissions;
using Ektu.Qa.QaCommission.Register;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.QaCommission.Areas.QaCommission.Pages.Notices;

/// <summary>The notices the commission's work sent to the caller (materials, status requests, the ladder, minutes).</summary>
[Authorize(QaCommissionPermissions.Commissions.Default)]
internal sealed class IndexModel(IDecisionRegisterAppService register) : QaPageModel
{
    public IReadOnlyList<NoticeDto> Items { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () => { Items = await register.GetMyNoticesAsync(ct); return Page(); });
}
