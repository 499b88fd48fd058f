using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ektu.Qa.QaCommission.Tests.Reports;

/// <summary>Reads back the first sheet of a workbook and the text of a Word document.</summary>
internal static class Xlsx
{
    public static List<string[]> Rows(Stream xlsx)
    {
        using var doc = SpreadsheetDocument.Open(xlsx, false);
        var part = doc.WorkbookPart!.WorksheetParts.First();
        var shared = doc.WorkbookPart.SharedStringTablePart?.SharedStringTable!.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        return part.Worksheet!.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c =>
            c.DataType?.Value == CellValues.SharedString ? shared[int.Parse(c.InnerText, System.Globalization.CultureInfo.InvariantCulture)]
                : c.InnerText).ToArray()).ToList();
    }

    public static string DocxText(Stream docx)
    {
        using var doc = WordprocessingDocument.Open(docx, false);
        return string.Join("\n",
            doc.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}
