using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.Reporting.Definitions;
using Microsoft.Extensions.DependencyInjection;
using Ektu.Qa.Kernel.Input;

namespace Ektu.Qa.Reporting.Reports;

/// <summary>
/// The audit log export: entries between two dates in the owner's organisation scope (entries without a unit only for a
/// university-wide scope, as on the audit log page), streamed page by page (keyset on time and id); names and changes read
/// as on the page, in the run's language (<see cref="AuditText"/>).
/// </summary>
internal sealed class AuditLogReportProvider : IReportDefinitionProvider
{
    public const string Key = "Kernel.AuditLog";

    public IEnumerable<ReportDefinition> GetDefinitions() =>
    [
        new ReportDefinition
        {
            Key = Key,
            NameKey = "Reporting:Report.AuditLog",
            Permission = IdentityPermissions.AuditLog.Default,
            Parameters =
            [
                new ReportParameter { Name = "from", LabelKey = "App:From", Type = ReportParameterType.Date },
                new ReportParameter { Name = "to", LabelKey = "App:To", Type = ReportParameterType.Date },
                new ReportParameter { Name = "maxRows", LabelKey = "Reporting:MaxRows", Type = ReportParameterType.Integer, Min = 1, Max = 1_000_000, Default = "100000" },
            ],
            ColumnKeys = ["Reporting:Column.OccurredAt", "Reporting:Column.User", "Reporting:Column.Module", "Reporting:Column.Entity", "Reporting:Column.Action",
                "Reporting:Column.Changes"],
            Rows = Rows,
        },
    ];

    private static async IAsyncEnumerable<object?[]> Rows(ReportContext context, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var session = context.Services.GetRequiredService<IDbSession>();
        // The days a person picked and the times they read are the university's, the stored times UTC.
        var clock = context.Services.GetRequiredService<IUserClock>();
        var text = context.Services.GetRequiredService<AuditText>();
        var from = context.Get<DateOnly?>("from") is { } f ? clock.StartUtc(f) : DateTime.MinValue;
        var to = context.Get<DateOnly?>("to") is { } t ? clock.StartUtc(DateWindow.AddDaysSafe(t, 1)) : DateTime.MaxValue;
        var left = context.Get<int>("maxRows");
        var scope = await context.Services.GetRequiredService<IOrganizationScope>().GetAsync(ct);
        var inScope = scope.All ? "" : " AND unit_id IN @units";
        DateTime? afterAt = null;
        string? afterId = null;
        while (left > 0)
        {
            var page = await session.QueryAsync<Entry>($"""
                SELECT id, occurred_at AS OccurredAt, user_name AS UserName, module, entity, action, changes FROM k_audit_log
                WHERE occurred_at >= @from AND occurred_at < @to AND (@afterAt IS NULL OR occurred_at < @afterAt OR (occurred_at = @afterAt AND id < @afterId)){inScope}
                ORDER BY occurred_at DESC, id DESC LIMIT 1000
                """, new { from = DateTime.SpecifyKind(from, DateTimeKind.Utc), to = DateTime.SpecifyKind(to, DateTimeKind.Utc), afterAt, afterId, units = scope.ForSql() }, ct);
            foreach (var e in page.Take(left))
                yield return [clock.Local(e.OccurredAt), e.UserName, text.Module(e.Module), text.Entity(e.Entity), text.Action(e.Action), text.ChangesText(e.Changes)];
            left -= page.Count;
            if (page.Count < 1000) break;
            afterAt = page[^1].OccurredAt;
            afterId = page[^1].Id;
        }
    }

    private sealed class Entry
    {
        public string Id { get; init; } = "";
        public DateTime OccurredAt { get; init; }
        public string UserName { get; init; } = "";
        public string Module { get; init; } = "";
        public string Entity { get; init; } = "";
        public string Action { get; init; } = "";
        public string? Changes { get; init; }
    }
}
