using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QaCommission.Permissions;
using Ektu.Qa.QaCommission.Register;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.QaCommission.Areas.QaCommission.Pages.Register;

/// <summary>Quarterly status requests addressed to the caller or their unit, answered here (004 §7.4).</summary>
[Authorize(QaCommissionPermissions.Decisions.Respond)]
internal sealed class RequestsModel(IDecisionRegisterAppService register) : QaPageModel
{
    [BindProperty] public Guid RequestId { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? Answer { get; set; }

    public IReadOnlyList<StatusRequestDto> Items { get; private set; } = [];

    protected override string FieldPrefix => "";

    public Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        TryAsync(async () => { Items = await register.GetMyRequestsAsync(ct); return Page(); });

    public Task<IActionResult> OnPostRespondAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => register.RespondAsync(RequestId, Answer ?? "", Version, ct), () => RedirectToPage("/Register/Requests"));

    protected override async Task ReloadAsync() => Items = await register.GetMyRequestsAsync(HttpContext.RequestAborted);

    /// <summary>"Export to Excel": the status requests addressed to the caller.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
        new ExcelFileResult<StatusRequestDto>("qa-status-requests", L["Menu:QaCommission.MyRequests"], new ExcelColumn<StatusRequestDto>[]
        {
            new(L["QaCommission:QuarterEnd"], r => r.QuarterEnd),
            new(L["QaCommission:DecisionText"], r => r.DecisionText),
            new(L["QaCommission:Export.Response"], r => r.Response),
            new(L["QaCommission:Export.RespondedAt"], r => Clock.Local(r.RespondedAt)),
            new(L["QaCommission:Export.RespondedBy"], r => r.RespondedBy),
        }, await register.GetMyRequestsAsync(ct)));
}
