using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.ProgrammeMonitoring.Permissions;
using Ektu.Qa.Reporting.Definitions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>
/// The register of programmes as a report: the rows the register page shows the runner (its permission and school scope
/// apply through <see cref="IProgrammeAppService"/>), optionally one school and one status.
/// </summary>
internal sealed class ProgrammeRegisterReport : IReportDefinitionProvider
{
    public const string Key = "ProgrammeMonitoring.Register";

    public IEnumerable<ReportDefinition> GetDefinitions() =>
    [
        new ReportDefinition
        {
            Key = Key,
            NameKey = "ProgrammeMonitoring:Report.Register",
            Permission = ProgrammeMonitoringPermissions.Programmes.Default,
            Parameters =
            [
                new ReportParameter { Name = "school", LabelKey = "ProgrammeMonitoring:School", Type = ReportParameterType.Unit },
                new ReportParameter
                {
                    Name = "status", LabelKey = "ProgrammeMonitoring:Status", Type = ReportParameterType.Choice,
                    Choices = Enum.GetNames<ProgrammeStatus>(), ChoiceKeyPrefix = "Enum:ProgrammeStatus.",
                },
            ],
            ColumnKeys =
            [
                "ProgrammeMonitoring:GroupCode", "ProgrammeMonitoring:TitleKk", "ProgrammeMonitoring:TitleRu", "ProgrammeMonitoring:TitleEn",
                "ProgrammeMonitoring:Level", "ProgrammeMonitoring:School", "ProgrammeMonitoring:Department", "ProgrammeMonitoring:Status",
                "ProgrammeMonitoring:ApprovedVersion", "ProgrammeMonitoring:LatestVersion", "ProgrammeMonitoring:OpenProposals",
            ],
            Rows = Rows,
        },
    ];

    private static async IAsyncEnumerable<object?[]> Rows(ReportContext context,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var sp = context.Services;
        var l = sp.GetRequiredService<IStringLocalizer>();
        var status = Enum.TryParse<ProgrammeStatus>(context.Get<string>("status"), out var s) ? s : (ProgrammeStatus?)null;
        var input = new ProgrammeListInput(SchoolId: context.Get<Guid?>("school"), Status: status);
        foreach (var p in await sp.GetRequiredService<IProgrammeAppService>().GetListAsync(input, ct))
            yield return [p.GroupCode, p.TitleKk, p.TitleRu, p.TitleEn, l.Enum(p.Level), p.SchoolName, p.DepartmentName, l.Enum(p.Status),
                p.ApprovedNumber, p.LatestNumber, p.OpenProposals];
    }
}
