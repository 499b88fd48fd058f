using Ektu.Qa.Kernel.Export;
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

    public Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        TryAsync(async () => { Items = await register.GetMyNoticesAsync(ct); return Page(); });

    /// <summary>"Export to Excel": the caller's notices.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
        new ExcelFileResult<NoticeDto>("qa-notices", L["Menu:QaCommission.Notices"], new ExcelColumn<NoticeDto>[]
        {
            new(L["QaCommission:When"], n => Clock.Local(n.CreatedAt)),
            new(L["QaCommission:Notice"], n => L[n.TitleKey].Value),
            new(L["QaCommission:Subject"], n => n.Subject),
        }, await register.GetMyNoticesAsync(ct)));
}
