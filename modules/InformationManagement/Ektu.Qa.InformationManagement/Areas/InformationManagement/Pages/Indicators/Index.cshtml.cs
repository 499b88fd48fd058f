using Ektu.Qa.InformationManagement.Indicators;
using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.InformationManagement.Areas.InformationManagement.Pages.Indicators;

/// <summary>The monitored indicators with their latest period in the reader's scope; a new indicator; the list to Excel.</summary>
[Authorize(InformationManagementPermissions.Indicators.Default)]
internal sealed class IndexModel(IIndicatorAppService indicators, ICurrentUser user) : QaPageModel
{
    [BindProperty] public SaveIndicatorInput Input { get; set; } = new();

    public IReadOnlyList<IndicatorDto> Items { get; private set; } = [];
    public bool CanManage { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAndRedirectAsync(async () =>
    {
        var i = await indicators.CreateAsync(Input, ct);
        return RedirectToPage("/Indicators/Details", new { id = i.Id });
    }, () => LoadAsync(ct));

    /// <summary>"Export to Excel" of the indicators.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
        new ExcelFileResult<IndicatorDto>("indicators", L["Menu:InformationManagement.Indicators"], new ExcelColumn<IndicatorDto>[]
        {
            new(L["InformationManagement:Indicators.Code"], i => i.Code),
            new(L["InformationManagement:Indicators.NameKk"], i => i.NameKk),
            new(L["InformationManagement:Indicators.NameRu"], i => i.NameRu),
            new(L["InformationManagement:Indicators.NameEn"], i => i.NameEn),
            new(L["InformationManagement:Indicators.Measure"], i => i.Measure),
            new(L["InformationManagement:Indicators.Level"], i => L.Enum(i.Level)),
            new(L["InformationManagement:Indicators.PeriodKind"], i => L.Enum(i.PeriodKind)),
            new(L["InformationManagement:Indicators.Threshold"], ThresholdText),
            new(L["InformationManagement:Indicators.LatestPeriod"], i => i.LatestPeriod),
            new(L["InformationManagement:Indicators.LatestNotMet"], i => i.LatestNotMet),
        }, await indicators.GetListAsync(ct)));

    /// <summary>"≥ 80 %" or "≤ 5 %"; empty without a threshold.</summary>
    public string ThresholdText(IndicatorDto i) =>
        i.Threshold is { } t ? $"{(i.Direction == ThresholdDirection.AtLeast ? "≥" : "≤")} {t:0.##} {i.Measure}" : "";

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Items = await indicators.GetListAsync(ct);
        CanManage = await user.HasPermissionAsync(InformationManagementPermissions.Indicators.Manage);
    }
}
