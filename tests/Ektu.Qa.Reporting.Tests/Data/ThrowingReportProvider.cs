using Ektu.Qa.Reporting.Definitions;

namespace Ektu.Qa.Reporting.Tests.Data;

/// <summary>A report whose generator fails after a few rows, and one with a bounded parameter.</summary>
internal sealed class ThrowingReportProvider : IReportDefinitionProvider
{
    public IEnumerable<ReportDefinition> GetDefinitions() =>
    [
        new ReportDefinition
        {
            Key = "Test.Throws",
            NameKey = "Reporting:Report.AuditLog",
            Permission = Permissions.ReportingPermissions.Reports.Run,
            Parameters = [new ReportParameter { Name = "n", LabelKey = "Reporting:MaxRows", Type = ReportParameterType.Integer, Min = 1, Max = 10,
                Required = true }],
            ColumnKeys = ["Reporting:Column.Action"],
            Rows = Rows,
        },
    ];

    private static async IAsyncEnumerable<object?[]> Rows(ReportContext context,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        for (var i = 0; i < context.Get<int>("n"); i++)
        {
            await Task.Yield();
            yield return [i];
        }
        throw new InvalidOperationException("generator broke");
    }
}
