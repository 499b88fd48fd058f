namespace Ektu.Qa.Reporting.Definitions;

/// <summary>
/// A report a module contributes through <see cref="IReportDefinitionProvider"/>: key, localized name, parameters,
/// formats, the permission that may run it, its columns and a streaming row generator.
/// </summary>
public sealed class ReportDefinition
{
    /// <summary>Unique, stable, e.g. "QualityPolicy.Kpis".</summary>
    public required string Key { get; init; }

    /// <summary>Localization key of the report's name (also the sheet name).</summary>
    public required string NameKey { get; init; }

    /// <summary>Permission the caller (or a schedule's owner) must hold to run it.</summary>
    public required string Permission { get; init; }

    public IReadOnlyList<ReportParameter> Parameters { get; init; } = [];

    public IReadOnlyList<ReportFormat> Formats { get; init; } = [ReportFormat.Xlsx, ReportFormat.Csv, ReportFormat.Docx];

    /// <summary>Localization keys of the column headers.</summary>
    public required IReadOnlyList<string> ColumnKeys { get; init; }

    /// <summary>Rows, one value per column (string, numbers, DateTime, DateOnly, bool or null); streamed to the writer.</summary>
    public required Func<ReportContext, CancellationToken, IAsyncEnumerable<object?[]>> Rows { get; init; }

    /// <summary>
    /// When set, the DOCX output is this document instead of the table of <see cref="Rows"/>: a narrative report (e.g. an
    /// analytical report in Word) whose XLSX/CSV output stays the tabular annex.
    /// </summary>
    public Func<ReportContext, Stream, CancellationToken, Task>? WriteDocx { get; init; }
}
