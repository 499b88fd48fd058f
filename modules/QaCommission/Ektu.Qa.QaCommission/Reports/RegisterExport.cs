using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.QaCommission.Register;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.QaCommission.Reports;

/// <summary>
/// The decisions register as a table: meeting (minutes number and date), decision, executor, deadline, report form,
/// status (overdue shown as such), executed on, evidence count, violations and the last ladder step. The register page's
/// Excel export and the <c>QaCommission.DecisionsRegister</c> report share these columns.
/// </summary>
internal static class RegisterExport
{
    public static readonly string[] ColumnKeys =
    [
        "QaCommission:MinutesNumber", "QaCommission:Report.Col.MeetingDate", "QaCommission:DecisionText",
            "QaCommission:Executor", "QaCommission:Deadline",
        "QaCommission:ReportForm", "QaCommission:State", "QaCommission:Report.Col.ExecutedOn", "QaCommission:Report.Col.Evidence",
            "QaCommission:Report.Col.Violations",
        "QaCommission:Ladder",
    ];

    public static object?[] Row(RegisterEntryDto e, int evidence, IStringLocalizer l) =>
    [
        e.MinutesNumber, e.MeetingDate, e.Decision.Text, e.ExecutorName, e.Decision.Deadline, e.Decision.ReportForm,
        e.IsOverdue ? l["QaCommission:Overdue"].Value : l.Enum(e.Decision.ExecutionStatus), e.Decision.ExecutedOn, evidence, e.Violations,
        e.LastStep is { } s ? l.Enum(s) : null,
    ];

    public static IReadOnlyList<ExcelColumn<object?[]>> Columns(IStringLocalizer l) =>
        ColumnKeys.Select((k, i) => new ExcelColumn<object?[]>(l[k].Value, r => r[i])).ToList();

    /// <summary>Evidence items per decision of a commission.</summary>
    public static async Task<IReadOnlyDictionary<Guid, int>> EvidenceCountsAsync(IDbSession db, Guid commissionId, CancellationToken ct) =>
        (await db.QueryAsync<EvidenceCount>("""
            SELECT e.decision_id AS DecisionId, COUNT(*) AS Total FROM qc_evidence e JOIN qc_decisions d ON d.id = e.decision_id
            WHERE d.commission_id = @commissionId GROUP BY e.decision_id
            """, new { commissionId }, ct)).ToDictionary(e => e.DecisionId, e => (int)e.Total);

    private sealed class EvidenceCount
    {
        public Guid DecisionId { get; init; }
        public long Total { get; init; }
    }
}
