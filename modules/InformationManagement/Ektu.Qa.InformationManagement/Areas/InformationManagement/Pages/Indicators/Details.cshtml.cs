using System.Text.Json;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.InformationManagement.Indicators;
using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.InformationManagement.Areas.InformationManagement.Pages.Indicators;

/// <summary>One indicator: its values in the reader's scope as a chart and a table (to Excel), a value typed by hand, the edit.</summary>
[Authorize(InformationManagementPermissions.Indicators.Default)]
internal sealed class DetailsModel(IIndicatorAppService indicators, IUnitDirectory units, ICurrentUser user) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public SaveIndicatorInput Input { get; set; } = new();
    [BindProperty] public SaveIndicatorValueInput Value { get; set; } = new();

    public IndicatorDetailsDto Details { get; private set; } = null!;
    public DashboardChart Chart { get; private set; } = null!;
    public IReadOnlyList<OrganizationUnitDto> Units { get; private set; } = [];
    public bool CanManage { get; private set; }

    protected override string FieldPrefix => "";

    public string ThresholdText => Details.Indicator is { Threshold: { } t } i
        ? $"{(i.Direction == ThresholdDirection.AtLeast ? "≥" : "≤")} {t:0.##} {i.Measure}" : "—";

    public string SeriesUrl => $"{IndicatorsApi.Route}/{Uri.EscapeDataString(Details.Indicator.Code)}/series";

    public string ChartData => JsonSerializer.Serialize(new
    {
        kind = "line", labels = Chart.Labels, series = Chart.Series.Select(s => new { name = s.Name, values = s.Values }), unit = Chart.Unit,
        stacked = false,
    });

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        Input = FromDto(Details.Indicator);
        return Page();
    });

    public Task<IActionResult> OnPostValueAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => indicators.SaveValueAsync(Id, Value, ct), Back, () => LoadAsync(ct));

    public Task<IActionResult> OnPostEditAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => indicators.UpdateAsync(Id, Input, ct), Back, () => LoadAsync(ct));

    /// <summary>"Export to Excel" of the indicator's values.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
    {
        var d = await indicators.GetAsync(Id, ct);
        return new ExcelFileResult<IndicatorValueDto>("indicator-" + d.Indicator.Code.ToLowerInvariant(), d.Indicator.Code,
            new ExcelColumn<IndicatorValueDto>[]
            {
                new(L["InformationManagement:Indicators.Period"], v => v.Period),
                new(L["InformationManagement:Unit"], v => v.UnitName),
                new(L["InformationManagement:Indicators.Value"], v => v.Value),
                new(L["InformationManagement:Indicators.Measure"], _ => d.Indicator.Measure),
                new(L["InformationManagement:Indicators.Status"], v => L.Enum(v.Status)),
                new(L["InformationManagement:Indicators.Source"], v => L.Enum(v.Source)),
            }, d.Values);
    });

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private IActionResult Back() => RedirectToPage("/Indicators/Details", new { id = Id });

    private async Task LoadAsync(CancellationToken ct)
    {
        Details = await indicators.GetAsync(Id, ct);
        Chart = IndicatorChart.Of(Details, "indicator-chart");
        Units = await units.InScopeAsync(ct);
        CanManage = await user.HasPermissionAsync(InformationManagementPermissions.Indicators.Manage);
    }

    private static SaveIndicatorInput FromDto(IndicatorDto i) => new()
    {
        Code = i.Code, NameKk = i.NameKk, NameRu = i.NameRu, NameEn = i.NameEn, Measure = i.Measure, Level = i.Level, PeriodKind = i.PeriodKind,
        Threshold = i.Threshold, Direction = i.Direction, OnDashboard = i.OnDashboard, Version = i.Version,
    };
}
