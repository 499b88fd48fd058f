namespace Ektu.Qa.Reporting.Definitions;

/// <summary>Output formats a report can be generated in.</summary>
public enum ReportFormat
{
    Xlsx,
    Csv,
    Docx,
}
