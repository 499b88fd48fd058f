using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Microsoft.Extensions.DependencyInjection;
using Ektu.Qa.Kernel.Input;

namespace Ektu.Qa.Reporting.Definitions;

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
                new ReportParameter
                {
                    Name = "maxRows", LabelKey = "Reporting:MaxRows", Type = ReportParameterType.Integer, Min = 1, Max = 1_000_000,
                    Default = "100000",
                },
            ],
            ColumnKeys =
            [
                "Reporting:Column.OccurredAt", "Reporting:Column.User", "Reporting:Column.Module", "Reporting:Column.Entity",
                "Reporting:Column.Action", "Reporting:Column.Changes",
            ],
            Rows = Rows,
        },
    ];

    private static async IAsyncEnumerable<object?[]> Rows(
        ReportContext context, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var reader = context.Services.GetRequiredService<IAuditLogReader>();
        // The days a person picked and the times they read are the university's, the stored times UTC.
        var clock = context.Services.GetRequiredService<IUserClock>();
        var text = context.Services.GetRequiredService<AuditText>();
        var query = new AuditLogQuery(await context.Services.GetRequiredService<IOrganizationScope>().GetAsync(ct))
        {
            FromUtc = context.Get<DateOnly?>("from") is { } f ? clock.StartUtc(f) : null,
            ToUtc = context.Get<DateOnly?>("to") is { } t ? clock.StartUtc(DateWindow.AddDaysSafe(t, 1)) : null,
        };
        var left = context.Get<int>("maxRows");
        AuditLogRecord? after = null;
        while (left > 0)
        {
            var page = await reader.GetOlderAsync(query, after, 1000, ct);
            foreach (var e in page.Take(left))
            {
                yield return [clock.Local(e.OccurredAt), e.UserName, text.Module(e.Module), text.Entity(e.Entity), text.Action(e.Action),
                    text.ChangesText(e.Changes)];
            }
            left -= page.Count;
            if (page.Count < 1000) break;
            after = page[^1];
        }
    }
}
