using Ektu.Qa.Reporting.Definitions;

namespace Ektu.Qa.Reporting.Runs;

/// <summary>Run a report now with these parameter values (invariant strings: numbers, yyyy-MM-dd dates, unit ids).</summary>
public sealed class RunReportInput
{
    public string ReportKey { get; set; } = "";
    public ReportFormat Format { get; set; } = ReportFormat.Xlsx;
    public Dictionary<string, string?> Parameters { get; set; } = [];
}
