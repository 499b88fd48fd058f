using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ektu.Qa.Kernel.Export;

/// <summary>
/// Streams a sheet through <see cref="OpenXmlWriter"/> (constant memory): bold frozen header, widths computed from
/// the header and the first rows (no AdjustToContents), dates and numbers as real typed cells.
/// </summary>
public static class ExcelWriter
{
    private const int SampleRows = 200;
    private const uint StyleHeader = 1, StyleDate = 2, StyleDateTime = 3;

    public static void Write<T>(Stream output, string sheetName, IReadOnlyList<ExcelColumn<T>> columns, IEnumerable<T> rows)
    {
        using var doc = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var wb = doc.AddWorkbookPart();
        var styles = wb.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = BuildStylesheet();
        var ws = wb.AddNewPart<WorksheetPart>();

        using var e = rows.GetEnumerator();
        var sample = new List<T>();
        while (sample.Count < SampleRows && e.MoveNext()) sample.Add(e.Current);

        using (var w = OpenXmlWriter.Create(ws))
        {
            w.WriteStartElement(new Worksheet());
            w.WriteStartElement(new SheetViews());
            w.WriteStartElement(new SheetView { WorkbookViewId = 0 });
            w.WriteElement(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteStartElement(new Columns());
            for (var i = 0; i < columns.Count; i++)
            {
                var width = Math.Max(columns[i].Header.Length, sample.Count == 0 ? 0 : sample.Max(r => Text(columns[i].Value(r)).Length));
                w.WriteElement(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = Math.Clamp(width + 2, 6, 80), CustomWidth = true });
            }
            w.WriteEndElement();
            w.WriteStartElement(new SheetData());
            w.WriteStartElement(new Row());
            foreach (var c in columns) WriteCell(w, c.Header, StyleHeader);
            w.WriteEndElement();
            foreach (var r in sample) WriteRow(w, columns, r);
            while (e.MoveNext()) WriteRow(w, columns, e.Current);
            w.WriteEndElement();
            w.WriteEndElement();
        }

        var sheets = new Sheets(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = SafeSheetName(sheetName) });
        wb.Workbook = new Workbook(sheets);
        wb.Workbook.Save();
    }

    private static void WriteRow<T>(OpenXmlWriter w, IReadOnlyList<ExcelColumn<T>> columns, T row)
    {
        w.WriteStartElement(new Row());
        foreach (var c in columns) WriteCell(w, c.Value(row), 0);
        w.WriteEndElement();
    }

    private static void WriteCell(OpenXmlWriter w, object? value, uint style)
    {
        switch (value)
        {
            case null:
                w.WriteElement(new Cell());
                break;
            case DateTime d:
                w.WriteElement(new Cell { CellValue = new CellValue(d.ToOADate().ToString(CultureInfo.InvariantCulture)), StyleIndex = d.TimeOfDay == TimeSpan.Zero ? StyleDate : StyleDateTime });
                break;
            case DateOnly d:
                w.WriteElement(new Cell { CellValue = new CellValue(d.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)), StyleIndex = StyleDate });
                break;
            case int or long or decimal or double or float or short:
                w.WriteElement(new Cell { CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!), DataType = CellValues.Number });
                break;
            case bool b:
                w.WriteElement(new Cell { CellValue = new CellValue(b ? "1" : "0"), DataType = CellValues.Boolean });
                break;
            default:
                var cell = new Cell { DataType = CellValues.InlineString, StyleIndex = style == 0 ? null : style };
                cell.AppendChild(new InlineString(new Text(Sanitize(value.ToString() ?? "")) { Space = SpaceProcessingModeValues.Preserve }));
                w.WriteElement(cell);
                break;
        }
    }

    private static string Text(object? v) => v switch
    {
        null => "",
        DateTime => "00.00.0000 00:00",
        DateOnly => "00.00.0000",
        _ => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>XML 1.0 forbids most control characters; a stored string must not break the file.</summary>
    private static string Sanitize(string s) => string.Concat(s.Where(ch => ch is '\t' or '\n' or '\r' || ch >= ' '));

    private static string SafeSheetName(string name)
    {
        var clean = string.Concat(name.Where(ch => "[]:*?/\\".IndexOf(ch) < 0));
        return clean.Length > 31 ? clean[..31] : clean.Length == 0 ? "Sheet1" : clean;
    }

    private static Stylesheet BuildStylesheet() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "dd.mm.yyyy" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "dd.mm.yyyy hh:mm" }) { Count = 2 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true }) { Count = 4 });
}
