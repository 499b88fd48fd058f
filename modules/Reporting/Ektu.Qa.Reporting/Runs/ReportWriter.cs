using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Reporting.Definitions;

namespace Ektu.Qa.Reporting.Runs;

/// <summary>
/// Writes report rows as XLSX (the Kernel's streaming <see cref="ExcelWriter"/>: constant memory, bold frozen header,
/// computed widths, typed cells), CSV (UTF-8 with BOM, the culture's list separator and formats,
/// text cells neutralised against formula injection by <see cref="CsvCell"/>) or DOCX (a table
/// with a repeated bold header, columns sized to their content, landscape when they need it; meant for small reports). Returns the number of rows
/// written.
/// </summary>
internal static class ReportWriter
{
    public static string Extension(ReportFormat f) => f switch { ReportFormat.Xlsx => ".xlsx", ReportFormat.Csv => ".csv", _ => ".docx" };

    public static string ContentType(ReportFormat f) => f switch
    {
        ReportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ReportFormat.Csv => "text/csv",
        _ => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    };

    public static async Task<int> WriteAsync(Stream output, ReportFormat format, string title, IReadOnlyList<string> headers,
        IAsyncEnumerable<object?[]> rows, CultureInfo culture, Action<int>? progress, CancellationToken ct, Func<Stream, CancellationToken,
            Task>? docx = null)
    {
        // A definition's own Word document (ReportDefinition.WriteDocx) replaces the table; it has no rows to count.
        if (format == ReportFormat.Docx && docx != null)
        {
            await docx(output, ct);
            return 0;
        }
        var count = 0;
        async IAsyncEnumerable<object?[]> Counted()
        {
            await foreach (var r in rows.WithCancellation(ct))
            {
                count++;
                if (progress != null && count % 1000 == 0) progress(count);
                yield return r;
            }
        }
        switch (format)
        {
            case ReportFormat.Xlsx:
                var columns = headers.Select((h, i) => new ExcelColumn<object?[]>(h, r => i < r.Length ? r[i] : null)).ToList();
                // The generator is async; the OpenXML writer is not: this runs on a job thread, so blocking is fine.
                await Task.Run(() => ExcelWriter.Write(output, title, columns, Counted().ToBlockingEnumerable(ct)), ct);
                break;
            case ReportFormat.Csv:
                await WriteCsvAsync(output, headers, Counted(), culture, ct);
                break;
            default:
                await WriteDocxAsync(output, title, headers, Counted(), culture, ct);
                break;
        }
        return count;
    }

    private static async Task WriteCsvAsync(Stream output, IReadOnlyList<string> headers, IAsyncEnumerable<object?[]> rows, CultureInfo culture,
        CancellationToken ct)
    {
        var sep = culture.TextInfo.ListSeparator is { Length: 1 } s ? s : ",";
        await using var w = new StreamWriter(output, new UTF8Encoding(true), 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await w.WriteLineAsync(string.Join(sep, headers.Select(h => CsvCell.For(h, h, sep))));
        await foreach (var r in rows.WithCancellation(ct))
            await w.WriteLineAsync(string.Join(sep, r.Select(v => CsvCell.For(v, Format(v, culture), sep))));
    }

    /// <summary>Table text in half-points (10 pt); <see cref="WordTable"/> goes smaller only when the longest words need it.</summary>
    private const int CellSize = 20;

    private static async Task WriteDocxAsync(Stream output, string title, IReadOnlyList<string> headers, IAsyncEnumerable<object?[]> rows,
        CultureInfo culture, CancellationToken ct)
    {
        // Column widths follow the content, so the rows are read first (DOCX is for small reports; XLSX streams).
        var cells = new List<string[]> { headers.ToArray() };
        await foreach (var r in rows.WithCancellation(ct)) cells.Add(r.Select(v => Format(v, culture)).ToArray());
        var landscape = WordTable.NeedsLandscape(cells, CellSize);
        using var doc = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        var body = new Body();
        body.AppendChild(WordTable.Line(title, bold: true, size: 28));
        body.AppendChild(WordTable.Build(cells, landscape, CellSize));
        body.AppendChild(WordTable.Section(landscape));
        main.Document = new Document(body);
        main.Document.Save();
    }

    public static string Format(object? v, CultureInfo culture) => v switch
    {
        null => "",
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("d", culture) : d.ToString("g", culture),
        DateOnly d => d.ToString("d", culture),
        bool b => b ? "1" : "0",
        IFormattable f => f.ToString(null, culture),
        _ => v.ToString() ?? "",
    };
}
