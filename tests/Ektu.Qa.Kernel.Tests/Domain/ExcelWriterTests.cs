using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ektu.Qa.Kernel.Export;

namespace Ektu.Qa.Kernel.Tests.Domain;

public sealed class ExcelWriterTests
{
    [Fact]
    public void Write_Should_ProduceTypedCellsFrozenBoldHeader_When_ReadBack()
    {
        var rows = Enumerable.Range(1, 300).Select(i => (Name: $"Құжат {i} <script>", N: i, At: new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc)));
        var ms = new MemoryStream();
        ExcelWriter.Write(ms, "Тізім: 1/2", [
            new ExcelColumn<(string Name, int N, DateTime At)>("Атауы", r => r.Name),
            new("Саны", r => r.N),
            new("Күні", r => r.At),
        ], rows);

        using var doc = SpreadsheetDocument.Open(new MemoryStream(ms.ToArray()), false);
        var wb = doc.WorkbookPart!;
        wb.Workbook.Sheets!.Elements<Sheet>().Single().Name!.Value.ShouldBe("Тізім 12");
        var ws = wb.WorksheetParts.Single().Worksheet;
        ws.Descendants<Pane>().Single().State!.Value.ShouldBe(PaneStateValues.Frozen);
        var data = ws.Descendants<Row>().ToList();
        data.Count.ShouldBe(301);
        data[0].Elements<Cell>().First().InnerText.ShouldBe("Атауы");
        data[0].Elements<Cell>().First().StyleIndex!.Value.ShouldBe(1u);
        var first = data[1].Elements<Cell>().ToList();
        first[0].InnerText.ShouldBe("Құжат 1 <script>");
        first[1].DataType!.Value.ShouldBe(CellValues.Number);
        first[1].CellValue!.Text.ShouldBe("1");
        DateTime.FromOADate(double.Parse(first[2].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(new DateTime(2026, 3, 2));
        ws.Descendants<Column>().First().Width!.Value.ShouldBeGreaterThan(10);
    }
}
