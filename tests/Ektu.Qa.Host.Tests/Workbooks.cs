using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ektu.Qa.Host.Tests;

/// <summary>Reading an exported workbook back as Excel would, for the export tests.</summary>
internal static partial class Workbooks
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The first sheet as text rows, opened with the OpenXml SDK.</summary>
    public static List<List<string>> ReadSheet(byte[] bytes)
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var shared = doc.WorkbookPart!.SharedStringTablePart?.SharedStringTable!.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var sheet = doc.WorkbookPart.WorksheetParts.First().Worksheet!;
        return sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c =>
            c.DataType?.Value == CellValues.InlineString ? c.InlineString?.InnerText ?? ""
            : c.DataType?.Value == CellValues.SharedString ? shared[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
            : c.CellValue?.Text ?? "").ToList()).ToList();
    }

    public static string Normalize(string s) => Regex.Replace(s, @"\s+", " ").Trim();

    /// <summary>A header cell that is a localization key, not a text.</summary>
    [GeneratedRegex(@"^(Menu|Permission|Enum|Identity|QualityPolicy|App|Kernel|Reporting|Workflow|QaCommission):[A-Za-z.]+$")]
    public static partial Regex RawKey();
}
