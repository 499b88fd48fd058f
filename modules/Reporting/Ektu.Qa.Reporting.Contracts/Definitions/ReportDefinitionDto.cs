namespace Ektu.Qa.Reporting.Definitions;

/// <summary>A catalogue entry: what the caller may run.</summary>
public sealed class ReportDefinitionDto
{
    public string Key { get; init; } = "";
    public string NameKey { get; init; } = "";
    public IReadOnlyList<ReportParameter> Parameters { get; init; } = [];
    public IReadOnlyList<ReportFormat> Formats { get; init; } = [];
}
