using System.IO.Compression;
using System.Text;

namespace Ektu.Qa.Host.Tests;

/// <summary>Files that lie about what they are: a picture named .docx, noise named .pdf, an empty file, a workbook with an external entity.</summary>
internal static class HostileFiles
{
    public static readonly byte[] Png =
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0,
        0x1F, 0x15, 0xC4, 0x89, 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ];

    public static byte[] Noise(int length)
    {
        var bytes = new byte[length];
        new Random(7).NextBytes(bytes);
        return bytes;
    }

    /// <summary>What the workbook's entity would pull in if a reader resolved it: the test looks for it in every answer.</summary>
    public const string LeakMarker = "root:x:0:0";

    /// <summary>A well-formed XLSX whose workbook and sheet declare an external entity (file:///etc/passwd) and use it in a cell.</summary>
    public static byte[] XlsxWithExternalEntity()
    {
        const string doctype = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
        const string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        const string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        var parts = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = """
                <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                <Override PartName="/xl/worksheets/sheet1.xml"
                 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                </Types>
                """,
            ["_rels/.rels"] = $"""
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """,
            ["xl/_rels/workbook.xml.rels"] = $"""
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
                """,
            ["xl/workbook.xml"] = $"""
                <?xml version="1.0" encoding="UTF-8"?>{doctype}<workbook xmlns="{main}" xmlns:r="{rel}">
                <sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>
                """,
            ["xl/worksheets/sheet1.xml"] = $"""
                <?xml version="1.0" encoding="UTF-8"?>{doctype}<worksheet xmlns="{main}"><sheetData>
                <row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>
                """,
        };
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, true))
            foreach (var (name, text) in parts)
            {
                using var s = zip.CreateEntry(name).Open();
                s.Write(Encoding.UTF8.GetBytes(text.Trim()));
            }
        return buffer.ToArray();
    }
}
