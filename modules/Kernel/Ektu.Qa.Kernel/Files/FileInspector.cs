using System.IO.Compression;

namespace Ektu.Qa.Kernel.Files;

/// <summary>Recognises a file by its content, not its name: an executable renamed <c>.pdf</c> is not a PDF.</summary>
public static class FileInspector
{
    /// <summary>"pdf", "docx", "xlsx" or null when the content is none of them.</summary>
    public static string? Detect(ReadOnlySpan<byte> content)
    {
        if (content.Length >= 5 && content[..5].SequenceEqual("%PDF-"u8)) return "pdf";
        if (content.Length >= 4 && content[..4].SequenceEqual("PK\u0003\u0004"u8)) return DetectOfficeZip(content.ToArray());
        return null;
    }

    private static string? DetectOfficeZip(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            if (zip.GetEntry("[Content_Types].xml") == null) return null;
            if (zip.GetEntry("word/document.xml") != null) return "docx";
            if (zip.GetEntry("xl/workbook.xml") != null) return "xlsx";
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    public static string ContentType(string kind) => kind switch
    {
        "pdf" => "application/pdf",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/octet-stream",
    };
}
