using System.IO.Compression;
using Ektu.Qa.Kernel.Errors;

namespace Ektu.Qa.Kernel.Files;

/// <summary>
/// Recognises a file by its content, not its name: an executable renamed <c>.pdf</c> is not a PDF. <see cref="Check"/> is
/// the one gate every upload passes: the kind must be allowed, a PDF must be a PDF throughout (<see cref="PdfStructure"/>)
/// and an OOXML package must unpack within limits (<see cref="OoxmlPackage"/>).
/// </summary>
public static class FileInspector
{
    /// <summary>"pdf", "docx", "xlsx" or null when the content is none of them (by signature and package parts only).</summary>
    public static string? Detect(ReadOnlySpan<byte> content)
    {
        if (content.Length >= 5 && content[..5].SequenceEqual("%PDF-"u8)) return "pdf";
        if (content.Length >= 4 && content[..4].SequenceEqual("PK\u0003\u0004"u8)) return DetectOfficeZip(content.ToArray());
        return null;
    }

    /// <summary>
    /// The kind of an uploaded file, or a <see cref="ValidationException"/> on <paramref name="field"/>: the kind is not
    /// allowed (<see cref="ErrorCodes.FileTypeNotAllowed"/>), a PDF is damaged or carries foreign content
    /// (<see cref="ErrorCodes.FileDamaged"/>), an OOXML package unpacks past its limits (<see cref="ErrorCodes.FileUnpacksTooLarge"/>).
    /// </summary>
    public static string Check(byte[] content, IReadOnlyCollection<string> allowedKinds, string field = "File")
    {
        ArgumentNullException.ThrowIfNull(content);
        var verdict = PackageVerdict.Ok;
        // The package limits are judged before anything else opens the zip: a bomb is refused before it is inflated.
        if (content.AsSpan().StartsWith("PK\u0003\u0004"u8)) verdict = OoxmlPackage.Judge(content);
        var kind = verdict == PackageVerdict.Ok ? Detect(content) : null;
        if (verdict == PackageVerdict.TooLarge && allowedKinds.Any(k => k is "docx" or "xlsx"))
            throw ValidationException.For(field, ErrorCodes.FileUnpacksTooLarge);
        if (kind == null || !allowedKinds.Contains(kind)) throw ValidationException.For(field, ErrorCodes.FileTypeNotAllowed);
        if (kind == "pdf" && !PdfStructure.IsSound(content)) throw ValidationException.For(field, ErrorCodes.FileDamaged);
        return kind;
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
            // A truncated or otherwise unreadable package is not a document.
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
