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
        wb.Workbook!.Sheets!.Elements<Sheet>().Single().Name!.Value.ShouldBe("Тізім 12");
        var ws = wb.WorksheetParts.Single().Worksheet!;
        ws.Descendants<Pane>().Single().State!.Value.ShouldBe(PaneStateValues.Frozen);
        var data = ws.Descendants<Row>().ToList();
        data.Count.ShouldBe(301);
        data[0].Elements<Cell>().First().InnerText.ShouldBe("Атауы");
        data[0].Elements<Cell>().First().StyleIndex!.Value.ShouldBe(1u);
        var first = data[1].Elements<Cell>().ToList();
        first[0].InnerText.ShouldBe("Құжат 1 <script>");
        (first[1].DataType?.Value ?? CellValues.Number).ShouldBe(CellValues.Number); // SpreadsheetML: no t attribute means a number
        first[1].CellValue!.Text.ShouldBe("1");
        DateTime.FromOADate(double.Parse(first[2].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(new DateTime(2026, 3, 2));
        first[2].StyleIndex!.Value.ShouldBe(2u);
        ws.Descendants<Column>().First().Width!.Value.ShouldBeGreaterThan(10);
    }

    [Fact]
    public void Write_Should_StreamIntoANonSeekableOutput_When_TheResponseCannotSeek()
    {
        var sink = new MemoryStream();
        ExcelWriter.Write(new ForwardOnly(sink), "S", [new ExcelColumn<int>("N", i => i), new("Text", i => i % 2 == 0 ? " lead\u0001" : null)],
            Enumerable.Range(1, 1000));

        using var doc = SpreadsheetDocument.Open(new MemoryStream(sink.ToArray()), false);
        var rows = doc.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<Row>().ToList();
        rows.Count.ShouldBe(1001);
        rows[2].Elements<Cell>().ElementAt(1).InnerText.ShouldBe(" lead"); // leading space kept, control character dropped
    }

    /// <summary>A response body: writes only, no Position, no Seek.</summary>
    private sealed class ForwardOnly(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
