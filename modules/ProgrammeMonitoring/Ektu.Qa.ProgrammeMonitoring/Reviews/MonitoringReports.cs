using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.ProgrammeMonitoring.Permissions;
using Ektu.Qa.ProgrammeMonitoring.Procedures;
using Ektu.Qa.Reporting.Definitions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.ProgrammeMonitoring.Reviews;

/// <summary>
/// Two registers for Reporting: programmes whose periodic review is due (or falls due within the chosen months) and
/// procedure runs past their due day; the runner's permission and scope apply through the app services.
/// </summary>
internal sealed class MonitoringReports : IReportDefinitionProvider
{
    public const string ReviewsDueKey = "ProgrammeMonitoring.ReviewsDue";
    public const string ProceduresOverdueKey = "ProgrammeMonitoring.ProceduresOverdue";

    public IEnumerable<ReportDefinition> GetDefinitions() =>
    [
        new ReportDefinition
        {
            Key = ReviewsDueKey,
            NameKey = "ProgrammeMonitoring:Report.ReviewsDue",
            Permission = ProgrammeMonitoringPermissions.Programmes.Default,
            Parameters =
            [
                new ReportParameter { Name = "months", LabelKey = "ProgrammeMonitoring:Reviews.WithinMonths", Type = ReportParameterType.Integer },
            ],
            ColumnKeys =
            [
                "ProgrammeMonitoring:GroupCode", "ProgrammeMonitoring:Title", "ProgrammeMonitoring:Reviews.CycleYears",
                "ProgrammeMonitoring:Reviews.AnchorOn", "ProgrammeMonitoring:Reviews.NextPeriodicDue",
                "ProgrammeMonitoring:Reviews.NextMonitoringDue",
            ],
            Rows = ReviewsDue,
        },
        new ReportDefinition
        {
            Key = ProceduresOverdueKey,
            NameKey = "ProgrammeMonitoring:Report.ProceduresOverdue",
            Permission = ProgrammeMonitoringPermissions.Programmes.Default,
            Parameters = [],
            ColumnKeys =
            [
                "ProgrammeMonitoring:Procedures.Procedure", "ProgrammeMonitoring:Procedures.Unit", "ProgrammeMonitoring:Procedures.Owner",
                "ProgrammeMonitoring:Procedures.DueOn",
            ],
            Rows = ProceduresOverdue,
        },
    ];

    private static async IAsyncEnumerable<object?[]> ReviewsDue(ReportContext context,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var sp = context.Services;
        var today = sp.GetRequiredService<Kernel.Timing.IUserClock>().Today;
        var until = today.AddMonths(Math.Clamp(context.Get<int>("months"), 0, 120));
        foreach (var s in await sp.GetRequiredService<IProgrammeReviewAppService>().GetSchedulesAsync(ct))
            if (s.NextPeriodicDue <= until)
                yield return [s.GroupCode, s.ProgrammeTitle, s.CycleYears, s.AnchorOn, s.NextPeriodicDue, s.NextMonitoringDue];
    }

    private static async IAsyncEnumerable<object?[]> ProceduresOverdue(ReportContext context,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var sp = context.Services;
        var l = sp.GetRequiredService<IStringLocalizer>();
        foreach (var r in await sp.GetRequiredService<IProcedureAppService>().GetRunsAsync(new RunFilter(OverdueOnly: true), ct))
            yield return [$"{r.Number}. {l[$"ProgrammeMonitoring:Procedure.{r.Number}"]}", r.UnitName, r.Owner(), r.DueOn];
    }
}
