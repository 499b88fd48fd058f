using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Ektu.Qa.Kernel.Export;

/// <summary>
/// Streams one sheet as SpreadsheetML straight into a create-mode zip (constant memory, any writable stream, seekable or
/// not): bold frozen header, widths computed from the header and the first rows (no AdjustToContents), dates and numbers
/// as real typed cells. The OpenXml SDK's package opens its zip in update mode, which keeps every part in memory until
/// it is saved — 100,000 rows cost ~180 MB that way; written here, the sheet never exists in memory as a whole.
/// </summary>
public static class ExcelWriter
{
    private const int SampleRows = 200;
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string StyleHeader = "1", StyleDate = "2", StyleDateTime = "3";

    public static void Write<T>(Stream output, string sheetName, IReadOnlyList<ExcelColumn<T>> columns, IEnumerable<T> rows)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Part(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types """ +
            """xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" """ +
            """ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>""" +
            """<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>""" +
            """<Override PartName="/xl/worksheets/sheet1.xml" """ +
            """ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" """ +
            """ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""");
        Part(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships """ +
            """xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" """ +
            """Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>""" +
            """</Relationships>""");
        Part(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships """ +
            """xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" """ +
            """Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>""" +
            """<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>""" +
            """</Relationships>""");
        Part(zip, "xl/styles.xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" +
            """<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2">""" +
            """<numFmt numFmtId="164" formatCode="dd.mm.yyyy"/><numFmt numFmtId="165" formatCode="dd.mm.yyyy hh:mm"/></numFmts><fonts count="2">""" +
            """<font/><font><b/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill>""" +
            """<patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellXfs count="4"><xf/>""" +
            """<xf fontId="1" applyFont="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/></cellXfs>""" +
            """</styleSheet>""");
        using (var w = XmlPart(zip, "xl/workbook.xml"))
        {
            w.WriteStartElement("workbook", Main);
            w.WriteAttributeString("xmlns", "r", null, RelNs);
            w.WriteStartElement("sheets", Main);
            w.WriteStartElement("sheet", Main);
            w.WriteAttributeString("name", SafeSheetName(sheetName));
            w.WriteAttributeString("sheetId", "1");
            w.WriteAttributeString("id", RelNs, "rId1");
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
        }

        using var e = rows.GetEnumerator();
        var sample = new List<T>();
        while (sample.Count < SampleRows && e.MoveNext()) sample.Add(e.Current);

        using var s = XmlPart(zip, "xl/worksheets/sheet1.xml");
        s.WriteStartElement("worksheet", Main);
        s.WriteStartElement("sheetViews", Main);
        s.WriteStartElement("sheetView", Main);
        s.WriteAttributeString("workbookViewId", "0");
        s.WriteStartElement("pane", Main);
        s.WriteAttributeString("ySplit", "1");
        s.WriteAttributeString("topLeftCell", "A2");
        s.WriteAttributeString("activePane", "bottomLeft");
        s.WriteAttributeString("state", "frozen");
        s.WriteEndElement();
        s.WriteEndElement();
        s.WriteEndElement();
        s.WriteStartElement("cols", Main);
        for (var i = 0; i < columns.Count; i++)
        {
            var width = Math.Max(columns[i].Header.Length, sample.Count == 0 ? 0 : sample.Max(r => Text(columns[i].Value(r)).Length));
            s.WriteStartElement("col", Main);
            s.WriteAttributeString("min", (i + 1).ToString(CultureInfo.InvariantCulture));
            s.WriteAttributeString("max", (i + 1).ToString(CultureInfo.InvariantCulture));
            s.WriteAttributeString("width", Math.Clamp(width + 2, 6, 80).ToString(CultureInfo.InvariantCulture));
            s.WriteAttributeString("customWidth", "1");
            s.WriteEndElement();
        }
        s.WriteEndElement();
        s.WriteStartElement("sheetData", Main);
        s.WriteStartElement("row", Main);
        foreach (var c in columns) WriteCell(s, c.Header, StyleHeader);
        s.WriteEndElement();
        foreach (var r in sample) WriteRow(s, columns, r);
        while (e.MoveNext()) WriteRow(s, columns, e.Current);
        s.WriteEndElement();
        s.WriteEndElement();
    }

    private static void WriteRow<T>(XmlWriter w, IReadOnlyList<ExcelColumn<T>> columns, T row)
    {
        w.WriteStartElement("row", Main);
        foreach (var c in columns) WriteCell(w, c.Value(row), null);
        w.WriteEndElement();
    }

    private static void WriteCell(XmlWriter w, object? value, string? style)
    {
        w.WriteStartElement("c", Main);
        switch (value)
        {
            case null:
                break;
            case DateTime d:
                w.WriteAttributeString("s", d.TimeOfDay == TimeSpan.Zero ? StyleDate : StyleDateTime);
                w.WriteElementString("v", Main, d.ToOADate().ToString(CultureInfo.InvariantCulture));
                break;
            case DateOnly d:
                w.WriteAttributeString("s", StyleDate);
                w.WriteElementString("v", Main, d.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture));
                break;
            case int or long or decimal or double or float or short:
                w.WriteElementString("v", Main, Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case bool b:
                w.WriteAttributeString("t", "b");
                w.WriteElementString("v", Main, b ? "1" : "0");
                break;
            default:
                if (style is not null) w.WriteAttributeString("s", style);
                w.WriteAttributeString("t", "inlineStr");
                w.WriteStartElement("is", Main);
                w.WriteStartElement("t", Main);
                var text = Sanitize(value.ToString() ?? "");
                if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.Contains('\n')))
                    w.WriteAttributeString("xml", "space", null, "preserve");
                w.WriteString(text);
                w.WriteEndElement();
                w.WriteEndElement();
                break;
        }
        w.WriteEndElement();
    }

    private static void Part(ZipArchive zip, string name, string xml)
    {
        using var s = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        s.Write(Encoding.UTF8.GetBytes(xml));
    }

    private static XmlWriter XmlPart(ZipArchive zip, string name)
    {
        var s = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        var w = XmlWriter.Create(new BufferedStream(s, 64 * 1024), new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = true });
        w.WriteStartDocument(true);
        return w;
    }

    private static string Text(object? v) => v switch
    {
        null => "",
        DateTime => "00.00.0000 00:00",
        DateOnly => "00.00.0000",
        _ => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>XML 1.0 forbids most control characters; a stored string must not break the file.</summary>
    private static string Sanitize(string s)
    {
        foreach (var ch in s)
            if (ch < ' ' && ch is not ('\t' or '\n' or '\r')) return string.Concat(s.Where(c => c is '\t' or '\n' or '\r' || c >= ' '));
        return s;
    }

    private static string SafeSheetName(string name)
    {
        var clean = string.Concat(name.Where(ch => "[]:*?/\\".IndexOf(ch) < 0));
        return clean.Length > 31 ? clean[..31] : clean.Length == 0 ? "Sheet1" : clean;
    }
}
