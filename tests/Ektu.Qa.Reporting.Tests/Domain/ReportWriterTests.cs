using Ektu.Qa.Reporting.Runs;
using Ektu.Qa.TestKit;
using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ektu.Qa.Reporting.Definitions;

namespace Ektu.Qa.Reporting.Tests.Domain;

public sealed class ReportWriterTests
{
    private static async IAsyncEnumerable<object?[]> Rows(int n)
    {
        for (var i = 1; i <= n; i++)
        {
            await Task.Yield();
            yield return [i, "Мектеп " + i, new DateTime(2026, 3, i % 28 + 1), 12.5m * i];
        }
    }

    private static readonly string[] Headers = ["№", "Атауы", "Күні", "Балл"];

    [Fact]
    public async Task Xlsx_Should_ReadBackTypedCellsBoldFrozenHeader_When_Written()
    {
        using var ms = new MemoryStream();
        var count = await ReportWriter.WriteAsync(ms, ReportFormat.Xlsx, "Есеп", Headers, Rows(300), CultureInfo.GetCultureInfo("kk-KZ"), null,
            CancellationToken.None);
        count.ShouldBe(300);
        ms.Position = 0;
        using var doc = SpreadsheetDocument.Open(ms, false);
        var wb = doc.WorkbookPart!;
        wb.Workbook!.Descendants<Sheet>().Single().Name!.Value.ShouldBe("Есеп");
        var ws = wb.WorksheetParts.Single().Worksheet!;
        ws.Descendants<Pane>().Single().State!.Value.ShouldBe(PaneStateValues.Frozen);
        var rows = ws.Descendants<Row>().ToList();
        rows.Count.ShouldBe(301);
        var header = rows[0].Elements<Cell>().ToList();
        header[1].InnerText.ShouldBe("Атауы");
        header[0].StyleIndex!.Value.ShouldBe(1u, "bold header style");
        var second = rows[2].Elements<Cell>().ToList();
        (second[0].DataType?.Value ?? CellValues.Number).ShouldBe(CellValues.Number); // no t attribute means a number
        second[0].CellValue!.Text.ShouldBe("2");
        second[2].StyleIndex!.Value.ShouldBe(2u, "date style");
        DateTime.FromOADate(double.Parse(second[2].CellValue!.Text, CultureInfo.InvariantCulture)).ShouldBe(new DateTime(2026, 3, 3));
        second[3].CellValue!.Text.ShouldBe("25.0");
        ws.Descendants<Column>().Count().ShouldBe(4);
    }

    [Fact]
    public async Task Csv_Should_UseCultureSeparatorAndFormats_When_Written()
    {
        using var ms = new MemoryStream();
        await ReportWriter.WriteAsync(ms, ReportFormat.Csv, "x", Headers, Rows(2), CultureInfo.GetCultureInfo("ru-RU"), null, CancellationToken.None);
        var text = Encoding.UTF8.GetString(ms.ToArray());
        text[0].ShouldBe('\uFEFF');
        var lines = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("№;Атауы;Күні;Балл");
        lines[1].ShouldBe("1;Мектеп 1;02.03.2026;12,5");
    }

    [Fact]
    public async Task Csv_Should_PrefixFormulaTriggersButKeepNegativeNumbers_When_CellsStartWithThem()
    {
        using var ms = new MemoryStream();
        static async IAsyncEnumerable<object?[]> Hostile()
        {
            await Task.Yield();
            yield return ["=HYPERLINK(\"http://evil.example\",\"click\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx", -5, -12.5m, "a=b"];
        }
        string[] headers = ["=cmd", "b", "c", "d", "e", "f", "g", "h", "i"];
        await ReportWriter.WriteAsync(ms, ReportFormat.Csv, "x", headers, Hostile(), CultureInfo.GetCultureInfo("en-US"), null,
            CancellationToken.None);
        var lines = Encoding.UTF8.GetString(ms.ToArray()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        lines[0].ShouldStartWith("'=cmd,b,");
        lines[1].ShouldBe("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",'+1+1,'-2+3,'@SUM(A1),'\tx,\"'\rx\",-5,-12.5,a=b");
    }

    [Fact]
    public async Task Docx_Should_ContainTableWithHeader_When_Written()
    {
        using var ms = new MemoryStream();
        await ReportWriter.WriteAsync(ms, ReportFormat.Docx, "Есеп", Headers, Rows(3), CultureInfo.GetCultureInfo("en-US"), null,
            CancellationToken.None);
        ms.Position = 0;
        using var doc = WordprocessingDocument.Open(ms, false);
        var table = doc.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().Single();
        var rows = table.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().ToList();
        rows.Count.ShouldBe(4);
        rows[0].InnerText.ShouldBe("№АтауыКүніБалл");
        rows[1].InnerText.ShouldContain("3/2/2026");
    }

    [Fact]
    public async Task Docx_Should_ValidateAgainstSchemaInPortrait_When_FewNarrowColumns()
    {
        using var ms = new MemoryStream();
        var kk = CultureInfo.GetCultureInfo("kk-KZ");
        await ReportWriter.WriteAsync(ms, ReportFormat.Docx, "Есеп", Headers, Rows(3), kk, null, CancellationToken.None);
        DocxSchema.Errors(ms).ShouldBeEmpty();
        var (landscape, grids) = DocxSchema.Layout(ms);
        landscape.ShouldBeFalse();
        grids.Single().Length.ShouldBe(4);
    }

    [Fact]
    public async Task Docx_Should_TurnLandscapeAndSizeColumnsToContent_When_ManyColumnsWithLongText()
    {
        string[] headers = ["№", "Шешім", "Орындаушы", "Мерзімі", "Есеп нысаны", "Күйі", "Орындалды", "Дәлелдер", "Бұзушылықтар", "Саты", "Ескерту"];
        static async IAsyncEnumerable<object?[]> Long()
        {
            await Task.Yield();
            yield return [1, "Білім беру бағдарламаларының силлабустарын жаңарту және кафедра отырысында бекіту", "Тұрғанбекова Айгүл Серікқызы",
                new DateOnly(2026, 3, 15), "Кафедра меңгерушісінің есебі", "Орындалуда", null, 2, 0, null, "Ескерту жоқ"];
        }
        using var ms = new MemoryStream();
        var kk = CultureInfo.GetCultureInfo("kk-KZ");
        await ReportWriter.WriteAsync(ms, ReportFormat.Docx, "Шешімдер тізілімі", headers, Long(), kk, null, CancellationToken.None);

        DocxSchema.Errors(ms).ShouldBeEmpty();
        var (landscape, grids) = DocxSchema.Layout(ms);
        landscape.ShouldBeTrue();
        var grid = grids.Single();
        grid.Length.ShouldBe(11);
        grid.Sum().ShouldBeLessThanOrEqualTo(16838 - 2 * 1134);
        // The decision text gets the room; the number column stays narrow.
        grid[1].ShouldBeGreaterThan(3 * grid[0]);
        grid.Max().ShouldBe(grid[1]);
    }
}
