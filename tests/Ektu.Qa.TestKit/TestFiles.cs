using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Ektu.Qa.TestKit;

/// <summary>Small real files for upload tests: the Kernel's upload check opens a PDF, so a bare "%PDF-" header is no longer enough.</summary>
public static class TestFiles
{
    /// <summary>A one-page PDF with a correct cross-reference table; <paramref name="marker"/> (ASCII) makes each file distinct.</summary>
    public static byte[] Pdf(string marker = "test")
    {
        var sb = new StringBuilder("%PDF-1.4\n% ").Append(marker).Append('\n');
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        ];
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(sb.ToString()));
            sb.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Encoding.ASCII.GetByteCount(sb.ToString());
        sb.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) sb.Append(CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n");
        sb.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    /// <summary>A .docx whose one extra part is <paramref name="zeros"/> zero bytes: about 1/1000 of that packed.</summary>
    public static byte[] ZipBombDocx(long zeros)
    {
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in new[] { "[Content_Types].xml", "word/document.xml" })
            {
                using var w = new StreamWriter(zip.CreateEntry(name).Open());
                w.Write("<x/>");
            }
            using var s = zip.CreateEntry("word/media/image1.bin", CompressionLevel.Optimal).Open();
            var chunk = new byte[1024 * 1024];
            for (var left = zeros; left > 0; left -= chunk.Length) s.Write(chunk, 0, (int)Math.Min(chunk.Length, left));
        }
        return ms.ToArray();
    }

    /// <summary>A valid PDF followed by an ELF executable (64-bit, little-endian header): a PDF/ELF polyglot.</summary>
    public static byte[] PdfElfPolyglot()
    {
        var elf = new byte[256];
        "\u007fELF"u8.CopyTo(elf);
        elf[4] = 2;
        elf[5] = 1;
        elf[6] = 1;
        return [.. Pdf("polyglot"), .. elf];
    }
}
