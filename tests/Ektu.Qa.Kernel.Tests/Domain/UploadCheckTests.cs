using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Files;
using Ektu.Qa.TestKit;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Ektu.Qa.Kernel.Tests.Domain;

/// <summary>The one upload gate (<see cref="FileInspector.Check"/>): zip bombs, PDF polyglots, damaged PDFs.</summary>
public sealed class UploadCheckTests
{
    private static readonly string[] Documents = ["pdf", "docx", "xlsx"];

    /// <summary>300 MiB of zeros in one part (about 300 KiB packed), generated once in memory.</summary>
    private static readonly Lazy<byte[]> Bomb = new(() => Docx(("word/media/zeros.bin", 300L * 1024 * 1024)));

    private static string CodeOf(Action check) => Should.Throw<ValidationException>(check).Errors["File"].Single();

    [Fact]
    public void Check_Should_AcceptDocument_When_PackageIsOrdinary()
    {
        FileInspector.Check(Docx(("word/media/image1.png", 200_000)), Documents).ShouldBe("docx");
        FileInspector.Check(Zip("[Content_Types].xml", "xl/workbook.xml"), Documents).ShouldBe("xlsx");
    }

    [Fact]
    public void Check_Should_RefuseZipBomb_When_PartsDeclareTheirRealSize()
    {
        Bomb.Value.Length.ShouldBeLessThan(2 * 1024 * 1024);
        var watch = Stopwatch.StartNew();
        CodeOf(() => FileInspector.Check(Bomb.Value, Documents)).ShouldBe(ErrorCodes.FileUnpacksTooLarge);
        watch.ElapsedMilliseconds.ShouldBeLessThan(1000);
    }

    [Fact]
    public void Check_Should_RefuseZipBomb_When_DeclaredSizesLie()
    {
        var lying = WithDeclaredSizes(Bomb.Value, "word/media/zeros.bin", 1000);
        var watch = Stopwatch.StartNew();
        CodeOf(() => FileInspector.Check(lying, Documents)).ShouldBe(ErrorCodes.FileUnpacksTooLarge);
        watch.ElapsedMilliseconds.ShouldBeLessThan(2000);
    }

    [Fact]
    public void Check_Should_RefusePackage_When_ItHasTooManyParts()
    {
        var names = new[] { "[Content_Types].xml", "word/document.xml" }.Concat(Enumerable.Range(0, 10_000).Select(i => $"word/p{i}.xml")).ToArray();
        CodeOf(() => FileInspector.Check(Zip(names), Documents)).ShouldBe(ErrorCodes.FileUnpacksTooLarge);
    }

    [Fact]
    public void Check_Should_RefuseBomb_When_OnlyPdfIsAllowed() =>
        CodeOf(() => FileInspector.Check(Bomb.Value, ["pdf"])).ShouldBe(ErrorCodes.FileTypeNotAllowed);

    [Fact]
    public void Check_Should_AcceptPdf_When_PdfPigOpensIt()
    {
        FileInspector.Check(TestFiles.Pdf(), Documents).ShouldBe("pdf");
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Quality policy", 12, new UglyToad.PdfPig.Core.PdfPoint(50, 700), builder.AddStandard14Font(Standard14Font.Helvetica));
        FileInspector.Check(builder.Build(), Documents).ShouldBe("pdf");
    }

    [Fact]
    public void Check_Should_RefusePdf_When_ItHasNoRealStructure()
    {
        CodeOf(() => FileInspector.Check("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray(), Documents))
            .ShouldBe(ErrorCodes.FileDamaged);
        CodeOf(() => FileInspector.Check("%PDF-1.7\ngarbage\nstartxref\n9\n%%EOF\n"u8.ToArray(), Documents)).ShouldBe(ErrorCodes.FileDamaged);
    }

    [Fact]
    public void Check_Should_RefusePolyglot_When_AnElfFollowsThePdf()
    {
        var elf = Elf();
        CodeOf(() => FileInspector.Check([.. TestFiles.Pdf(), .. elf], Documents)).ShouldBe(ErrorCodes.FileDamaged);
        // The same header inside the PDF, the file still ending as a PDF should.
        CodeOf(() => FileInspector.Check(TestFiles.Pdf(Encoding.Latin1.GetString(elf[..16])), Documents)).ShouldBe(ErrorCodes.FileDamaged);
    }

    [Fact]
    public void Check_Should_RefusePolyglot_When_APeImageOrZipIsInside()
    {
        var pe = "MZ" + new string('x', 0x3A) + "@\0\0\0" + "PE\0\0";
        CodeOf(() => FileInspector.Check(TestFiles.Pdf(pe), Documents)).ShouldBe(ErrorCodes.FileDamaged);
        FileInspector.Check(TestFiles.Pdf("MZ and PE are just letters here"), Documents).ShouldBe("pdf");
        var zip = Zip("payload.txt");
        CodeOf(() => FileInspector.Check([.. TestFiles.Pdf(), .. zip], Documents)).ShouldBe(ErrorCodes.FileDamaged);
    }

    [Fact]
    public void Check_Should_RefuseRenamedExecutable_When_ContentIsElf() =>
        CodeOf(() => FileInspector.Check(Elf(), Documents)).ShouldBe(ErrorCodes.FileTypeNotAllowed);

    /// <summary>A 64-bit little-endian ELF header followed by some code-like bytes.</summary>
    private static byte[] Elf()
    {
        var b = new byte[128];
        "\u007fELF"u8.CopyTo(b);
        b[4] = 2;
        b[5] = 1;
        b[6] = 1;
        for (var i = 16; i < b.Length; i++) b[i] = (byte)(i * 7);
        return b;
    }

    /// <summary>A docx whose extra parts hold the given number of zero bytes each.</summary>
    private static byte[] Docx(params (string Name, long Zeros)[] parts)
    {
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in new[] { "[Content_Types].xml", "word/document.xml" })
            {
                using var w = new StreamWriter(zip.CreateEntry(name).Open());
                w.Write("<x/>");
            }
            var zeros = new byte[1024 * 1024];
            foreach (var (name, size) in parts)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                for (var left = size; left > 0; left -= zeros.Length) s.Write(zeros, 0, (int)Math.Min(zeros.Length, left));
            }
        }
        return ms.ToArray();
    }

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

    /// <summary>The package with one entry's uncompressed size rewritten in its local header and central directory entry.</summary>
    private static byte[] WithDeclaredSizes(byte[] package, string entry, uint size)
    {
        var copy = (byte[])package.Clone();
        var name = Encoding.ASCII.GetBytes(entry);
        for (var at = 0; at + 46 < copy.Length; at++)
        {
            var sig = BinaryPrimitives.ReadUInt32LittleEndian(copy.AsSpan(at));
            if (sig == 0x04034b50 && copy.AsSpan(at + 30, name.Length).SequenceEqual(name))
                BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(at + 22), size);
            if (sig == 0x02014b50 && copy.AsSpan(at + 46, name.Length).SequenceEqual(name))
                BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(at + 24), size);
        }
        return copy;
    }
}
