using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ektu.Qa.Kernel.Files;

namespace Ektu.Qa.Kernel.Import;

/// <summary>
/// Reads the rows of an imported table: the first sheet of an XLSX workbook (streamed, cell references honoured, so a
/// skipped empty cell keeps its column) or a UTF-8 CSV file (RFC 4180 quotes; comma, semicolon or tab, whichever the first
/// line uses most). The caller has bounded the size; an XLSX package has passed <see cref="FileInspector.Check"/> (zip
/// bombs), and the SDK's XML readers refuse DTDs, so no external entity is ever resolved. Anything unreadable is a
/// <see cref="TableFileException"/>.
/// </summary>
public static class TableFile
{
    /// <summary>"xlsx" or "csv" by content, null when it is neither (CSV: text without NUL bytes that decodes as UTF-8).</summary>
    public static string? Kind(byte[] content)
    {
        if (FileInspector.Detect(content) == "xlsx") return "xlsx";
        if (content.AsSpan().IndexOf((byte)0) >= 0 || content.AsSpan().StartsWith("PK"u8)) return null;
        try
        {
            _ = new UTF8Encoding(false, true).GetString(content);
            return "csv";
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The rows (the header first), at most <paramref name="maxRows"/>; rows keep their file order, empty ones included.</summary>
    public static IReadOnlyList<string[]> Read(byte[] content, string kind, int maxRows)
    {
        try
        {
            return kind == "xlsx" ? ReadXlsx(content, maxRows) : ReadCsv(content, maxRows);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or InvalidOperationException
                                     or FormatException or OverflowException or IndexOutOfRangeException or ArgumentException)
        {
            throw new TableFileException(false, e);
        }
    }

    private static List<string[]> ReadXlsx(byte[] content, int maxRows)
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(content), false);
        var book = doc.WorkbookPart ?? throw new InvalidDataException("No workbook.");
        var sheet = book.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("No sheet.");
        var part = (WorksheetPart)book.GetPartById(sheet.Id?.Value ?? throw new InvalidDataException("No sheet id."));
        var shared = book.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
        var rows = new List<string[]>();
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement) continue;
            var row = (Row)reader.LoadCurrentElement()!;
            var number = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1));
            if (number > maxRows) throw new TableFileException(true);
            while (rows.Count < number - 1) rows.Add([]);
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = Column(cell.CellReference?.Value) ?? cells.Count;
                if (column > 1000) throw new InvalidDataException("Too many columns.");
                while (cells.Count < column) cells.Add("");
                cells.Add(Text(cell, shared));
            }
            rows.Add([.. cells]);
        }
        return rows;
    }

    private static string Text(Cell cell, string[] shared)
    {
        if (cell.DataType?.Value == CellValues.SharedString)
            return int.TryParse(cell.CellValue?.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Length
                ? shared[i] : "";
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        return cell.CellValue?.Text ?? "";
    }

    /// <summary>The 0-based column of a reference such as "C7"; null without one.</summary>
    private static int? Column(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var n = 0;
        foreach (var ch in reference.TakeWhile(char.IsAsciiLetter)) n = n * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
        return n == 0 ? null : n - 1;
    }

    private static List<string[]> ReadCsv(byte[] content, int maxRows)
    {
        var text = new UTF8Encoding(false, true).GetString(content).TrimStart('\uFEFF');
        var firstLine = text.Split('\n', 2)[0];
        var separator = new[] { ',', ';', '\t' }.MaxBy(c => firstLine.Count(x => x == c));
        var rows = new List<string[]>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') cell.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') cell.Append(text[++i]);
                else quoted = false;
            }
            else if (c == '"' && cell.Length == 0) quoted = true;
            else if (c == separator) { cells.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                cells.Add(cell.ToString());
                cell.Clear();
                rows.Add([.. cells]);
                cells.Clear();
                if (rows.Count > maxRows) throw new TableFileException(true);
            }
            else cell.Append(c);
        }
        if (quoted) throw new InvalidDataException("Unclosed quote.");
        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            rows.Add([.. cells]);
        }
        if (rows.Count > maxRows) throw new TableFileException(true);
        return rows;
    }
}
