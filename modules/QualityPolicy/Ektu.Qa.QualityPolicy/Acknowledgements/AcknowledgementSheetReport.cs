using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.QualityPolicy.Calendar;
using Ektu.Qa.QualityPolicy.Permissions;
using Ektu.Qa.Reporting.Definitions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.QualityPolicy.Acknowledgements;

/// <summary>
/// The policy acknowledgement sheet across documents in force: who acknowledged which edition and when, who is
/// pending or overdue. Only documents owned by or applying to units in the runner's scope (a schedule runs as its owner).
/// </summary>
internal sealed class AcknowledgementSheetReport : IReportDefinitionProvider
{
    public const string Key = "QualityPolicy.AcknowledgementSheet";
    private const int Page = 2000;

    public IEnumerable<ReportDefinition> GetDefinitions() =>
    [
        new ReportDefinition
        {
            Key = Key,
            NameKey = "QualityPolicy:AcknowledgementSheet",
            Permission = QualityPolicyPermissions.Acknowledgements.Default,
            Parameters =
            [
                new ReportParameter { Name = "document", LabelKey = "QualityPolicy:Report.DocumentCode" },
                new ReportParameter { Name = "status", LabelKey = "QualityPolicy:Report.Show", Type = ReportParameterType.Choice,
                    Choices = ["all", "pending", "overdue", "acknowledged"], Default = "all", Required = true },
            ],
            ColumnKeys =
            [
                "QualityPolicy:Code", "QualityPolicy:Title", "QualityPolicy:Edition", "QualityPolicy:FullName", "QualityPolicy:Position",
                "QualityPolicy:DueOn", "QualityPolicy:AcknowledgedAt", "QualityPolicy:Status",
            ],
            Rows = Rows,
        },
    ];

    private static async IAsyncEnumerable<object?[]> Rows(ReportContext context,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var sp = context.Services;
        var db = sp.GetRequiredService<IDbSession>();
        var l = sp.GetRequiredService<IStringLocalizer>();
        var calendar = sp.GetRequiredService<LocalCalendar>();
        var scope = await sp.GetRequiredService<IOrganizationScope>().GetAsync(ct);
        var today = calendar.Today;
        var status = context.Get<string>("status") ?? "all";
        var where = "e.state = 'InForce' AND d.state = 'InForce'"
            + (scope.All ? "" : " AND (d.owner_unit_id IN @Units OR d.scope_unit_id IN @Units)")
            + (context.Get<string>("document") is { Length: > 0 } ? " AND d.code = @code" : "")
            + status switch
            {
                "pending" => " AND a.acknowledged_at IS NULL",
                "overdue" => " AND a.acknowledged_at IS NULL AND a.due_on < @today",
                "acknowledged" => " AND a.acknowledged_at IS NOT NULL",
                _ => "",
            };
        var args = new { Units = SqlIds.Text(scope.UnitIds), code = context.Get<string>("document")?.Trim().ToUpperInvariant(), today, size = Page,
            offset = 0 };
        for (var offset = 0; ; offset += Page)
        {
            var rows = await db.QueryAsync<AcknowledgementDto>(
                $"{AcknowledgementRepository.Select} WHERE {where} ORDER BY d.code, e.edition_number, a.full_name, a.id LIMIT @size OFFSET @offset",
                args with { offset = offset }, ct);
            foreach (var a in rows)
            {
                var state = a.AcknowledgedAt != null ? "acknowledged" : a.DueOn < today ? "overdue" : "pending";
                yield return
                [
                    a.DocumentCode, a.Title, a.EditionNumber, a.FullName, a.Position, a.DueOn,
                    a.AcknowledgedAt is { } at ? calendar.ToLocal(at) : null, l["QualityPolicy:Report.Show." + state].Value,
                ];
            }
            if (rows.Count < Page) yield break;
        }
    }
}
