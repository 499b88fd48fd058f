using Ektu.Qa.Identity;
using Ektu.Qa.QualityPolicy.Permissions;
using Ektu.Qa.Reporting.Definitions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.QualityPolicy.Kpis;

/// <summary>
/// The KPI report: every indicator of every strategic goal with its baseline, target, actual and status per year,
/// read through <see cref="IKpiAppService"/> as the runner (its permission applies); optionally one year, optionally
/// the goals owned by one unit and the units below it.
/// </summary>
internal sealed class KpiReport : IReportDefinitionProvider
{
    public const string Key = "QualityPolicy.Kpis";

    public IEnumerable<ReportDefinition> GetDefinitions() =>
    [
        new ReportDefinition
        {
            Key = Key,
            NameKey = "QualityPolicy:Report.Kpis",
            Permission = QualityPolicyPermissions.Kpis.Default,
            Parameters =
            [
                new ReportParameter { Name = "year", LabelKey = "QualityPolicy:Year", Type = ReportParameterType.Integer, Min = 2000, Max = 2100 },
                new ReportParameter { Name = "unit", LabelKey = "QualityPolicy:Report.OwnerUnit", Type = ReportParameterType.Unit },
            ],
            ColumnKeys =
            [
                "QualityPolicy:Code", "QualityPolicy:Report.Goal", "QualityPolicy:Indicator", "QualityPolicy:UnitOfMeasure", "QualityPolicy:Baseline",
                "QualityPolicy:Year", "QualityPolicy:Target", "QualityPolicy:Actual", "QualityPolicy:Status",
            ],
            Rows = Rows,
        },
    ];

    private static async IAsyncEnumerable<object?[]> Rows(ReportContext context,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var sp = context.Services;
        var l = sp.GetRequiredService<IStringLocalizer>();
        var year = context.Get<int?>("year");
        IReadOnlySet<Guid>? units = context.Get<Guid?>("unit") is { } unit
            ? (await sp.GetRequiredService<IIdentityIntegrationService>().GetSubtreeAsync(unit, ct)).ToHashSet()
            : null;
        foreach (var g in await sp.GetRequiredService<IKpiAppService>().GetGoalsAsync(ct))
        {
            if (units != null && !units.Contains(g.OwnerUnitId)) continue;
            foreach (var i in g.Indicators)
                foreach (var y in i.Years.Where(y => year == null || y.Year == year))
                    yield return [g.Code, g.Title, i.Name, i.UnitOfMeasure, i.Baseline, y.Year, y.Target, y.Actual,
                        l["Enum:KpiStatus." + y.Status].Value];
        }
    }
}
