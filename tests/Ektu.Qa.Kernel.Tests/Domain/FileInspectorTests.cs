using System.IO.Compression;
using System.Text;
using Ektu.Qa.Kernel.Files;

namespace Ektu.Qa.Kernel.Tests.Domain;

public sealed class FileInspectorTests
{
    [Fact]
    public void Detect_Should_ReturnPdf_When_ContentStartsWithPdfHeader() =>
        FileInspector.Detect(Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj")).ShouldBe("pdf");

    [Fact]
    public void Detect_Should_ReturnNull_When_ExecutableIsRenamed() =>
        FileInspector.Detect(Encoding.ASCII.GetBytes("MZ\u0090\0\u0003\0\0\0This program cannot be run in DOS mode")).ShouldBeNull();

    [Fact]
    public void Detect_Should_ReturnDocx_When_ZipHasWordDocument() =>
        FileInspector.Detect(Zip("[Content_Types].xml", "word/document.xml")).ShouldBe("docx");

    [Fact]
    public void Detect_Should_ReturnNull_When_ZipIsNotAnOfficeDocument() =>
        FileInspector.Detect(Zip("readme.txt")).ShouldBeNull();

    [Fact]
    public void Detect_Should_ReturnNull_When_ZipIsTruncated() =>
        FileInspector.Detect(Zip("[Content_Types].xml", "word/document.xml")[..30]).ShouldBeNull();

    private static byte[] Zip(params string[] entries)
    {
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var e in entries)
            {
                using var w = new StreamWriter(zip.CreateEntry(e).Open());
                w.Write("<x/>");
            }
        return ms.ToArray();
    }
}
