using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Reporting.Definitions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.InformationManagement.Audits;

/// <summary>
/// The audit plan and the findings register as reports: what the runner sees through <see cref="IAuditAppService"/>
/// (permission and unit scope), for one year or every year.
/// </summary>
internal sealed class AuditReports : IReportDefinitionProvider
{
    public const string PlanKey = "InformationManagement.AuditPlan";
    public const string FindingsKey = "InformationManagement.AuditFindings";

    private static readonly ReportParameter Year = new()
    {
        Name = "year", LabelKey = "InformationManagement:Audits.PlanYear", Type = ReportParameterType.Integer, Min = 2000, Max = 2100,
    };

    public IEnumerable<ReportDefinition> GetDefinitions() =>
    [
        new ReportDefinition
        {
            Key = PlanKey, NameKey = "InformationManagement:Report.AuditPlan", Permission = InformationManagementPermissions.Audits.Default,
            Parameters = [Year],
            ColumnKeys =
            [
                "InformationManagement:Audits.PlanYear", "InformationManagement:Audits.Title", "InformationManagement:Audits.Kind",
                "InformationManagement:Audits.Unit", "InformationManagement:Audits.StartsOn", "InformationManagement:Audits.EndsOn",
                "InformationManagement:Audits.LeadAuditor", "InformationManagement:Audits.Team", "InformationManagement:Audits.State",
                "InformationManagement:Audits.Findings", "InformationManagement:Audits.DependentAuditors",
            ],
            Rows = PlanRows,
        },
        new ReportDefinition
        {
            Key = FindingsKey, NameKey = "InformationManagement:Report.AuditFindings", Permission = InformationManagementPermissions.Audits.Default,
            Parameters = [Year],
            ColumnKeys =
            [
                "InformationManagement:Audits.PlanYear", "InformationManagement:Audits.Title", "InformationManagement:Audits.Unit",
                "InformationManagement:Audits.Class", "InformationManagement:Audits.Finding", "InformationManagement:Audits.Requirement",
                "InformationManagement:Audits.Capa", "InformationManagement:Audits.State",
            ],
            Rows = FindingRows,
        },
    ];

    private static async IAsyncEnumerable<object?[]> PlanRows(ReportContext context,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var l = context.Services.GetRequiredService<IStringLocalizer>();
        foreach (var a in await context.Services.GetRequiredService<IAuditAppService>().GetPlanAsync(context.Get<int?>("year"), ct))
            yield return [a.PlanYear, a.Title, l.Enum(a.Kind), a.UnitName, a.StartsOn, a.EndsOn, a.LeadAuditorName, string.Join(", ", a.TeamNames),
                l.Enum(a.State), a.Findings, string.Join(", ", a.DependentAuditors)];
    }

    private static async IAsyncEnumerable<object?[]> FindingRows(ReportContext context,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var l = context.Services.GetRequiredService<IStringLocalizer>();
        foreach (var f in await context.Services.GetRequiredService<IAuditAppService>().GetFindingsAsync(context.Get<int?>("year"), ct))
            yield return [f.PlanYear, f.AuditTitle, f.UnitName, l.Enum(f.Class), f.Text, f.Requirement,
                f.Class != FindingClass.Nonconformity ? "" : l[f.CapaItemId == null ? "InformationManagement:Audits.CapaNotRaised"
                    : "InformationManagement:Audits.CapaRaised"].Value, l.Enum(f.AuditState)];
    }
}
