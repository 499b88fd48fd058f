using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QualityPolicy.Kpis;
using Ektu.Qa.QualityPolicy.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ektu.Qa.QualityPolicy.Areas.QualityPolicy.Pages.Kpis;

[Authorize(QualityPolicyPermissions.Kpis.Default)]
internal sealed class IndexModel(IKpiAppService kpis, IUnitDirectory units, ICurrentUser user) : QaPageModel
{
    public IReadOnlyList<StrategicGoalDto> Goals { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> UnitNames { get; private set; } = new Dictionary<Guid, string>();
    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Goals = await kpis.GetGoalsAsync(ct);
        UnitNames = await units.NamesAsync(ct);
        CanManage = await user.HasPermissionAsync(QualityPolicyPermissions.Kpis.Manage);
    }

    /// <summary>One row per indicator and year (target, actual, status); an indicator without values gets one row.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var names = await units.NamesAsync(ct);
        var rows = (await kpis.GetGoalsAsync(ct))
            .SelectMany(g => g.Indicators.SelectMany(i => i.Years.Count == 0
                ? [new Row(g, i, null)]
                : i.Years.Select(y => new Row(g, i, y))))
            .ToList();
        return new ExcelFileResult<Row>("kpis", L["Menu:QualityPolicy.Kpis"],
        [
            new(L["QualityPolicy:Goal"], r => r.Goal.Code + " " + r.Goal.Title),
            new(L["QualityPolicy:OwnerUnit"], r => names.GetValueOrDefault(r.Goal.OwnerUnitId)),
            new(L["QualityPolicy:Indicator"], r => r.Indicator.Name),
            new(L["QualityPolicy:UnitOfMeasure"], r => r.Indicator.UnitOfMeasure),
            new(L["QualityPolicy:Baseline"], r => r.Indicator.Baseline),
            new(L["QualityPolicy:Year"], r => r.Year?.Year),
            new(L["QualityPolicy:Target"], r => r.Year?.Target),
            new(L["QualityPolicy:Actual"], r => r.Year?.Actual),
            new(L["QualityPolicy:Status"], r => L.Enum(r.Year?.Status ?? KpiStatus.NoData)),
        ], rows);
    }

    internal sealed record Row(StrategicGoalDto Goal, IndicatorDto Indicator, IndicatorYearDto? Year);
}
