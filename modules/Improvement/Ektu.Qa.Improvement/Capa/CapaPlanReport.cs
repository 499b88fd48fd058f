using Ektu.Qa.Improvement.Permissions;
using Ektu.Qa.Reporting.Definitions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.Improvement.Capa;

/// <summary>
/// The CAPA plan as a report: the items of a unit and the units below it (every unit of the runner's scope without one),
/// read through <see cref="ICapaAppService"/> as the runner, so its permission and scope apply.
/// </summary>
internal sealed class CapaPlanReport : IReportDefinitionProvider
{
    public const string Key = "Improvement.CapaPlan";

    public IEnumerable<ReportDefinition> GetDefinitions() =>
    [
        new ReportDefinition
        {
            Key = Key,
            NameKey = "Improvement:Report.CapaPlan",
            Permission = ImprovementPermissions.Capa.Default,
            Parameters = [new ReportParameter { Name = "unit", LabelKey = "Improvement:Capa.Unit", Type = ReportParameterType.Unit }],
            ColumnKeys =
            [
                "Improvement:Capa.Unit", "Improvement:Capa.Source", "Improvement:Capa.Problem", "Improvement:Capa.CorrectiveAction",
                "Improvement:Capa.Owner", "Improvement:Capa.Deadline", "Improvement:Capa.State", "Improvement:Capa.Overdue",
            ],
            Rows = Rows,
        },
    ];

    private static async IAsyncEnumerable<object?[]> Rows(
        ReportContext context, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var sp = context.Services;
        var l = sp.GetRequiredService<IStringLocalizer>();
        var sources = sp.GetRequiredService<CapaSourceCatalog>();
        var items = await sp.GetRequiredService<ICapaAppService>().GetListAsync(new CapaFilter { UnitId = context.Get<Guid?>("unit") }, ct);
        foreach (var i in items)
        {
            yield return
            [
                i.UnitName, l[sources.NameKey(i.Source)].Value, i.Problem, i.CorrectiveAction, i.OwnerName, i.Deadline,
                l["Enum:CapaState." + i.State].Value, i.IsOverdue,
            ];
        }
    }
}
