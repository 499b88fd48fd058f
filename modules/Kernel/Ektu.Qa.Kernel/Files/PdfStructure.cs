using System.Buffers.Binary;
using UglyToad.PdfPig;

namespace Ektu.Qa.Kernel.Files;

/// <summary>
/// Whether bytes that start like a PDF are a PDF from start to end: the file ends with a cross-reference pointer and
/// <c>%%EOF</c>, holds no executable or ZIP archive another program would run or open (ELF, PE, a ZIP end record: a
/// polyglot), and PdfPig opens it and finds its pages.
/// </summary>
internal static class PdfStructure
{
    /// <summary>How far from the end <c>startxref</c> and <c>%%EOF</c> may stand (trailing whitespace, a last comment).</summary>
    private const int TailBytes = 1024;

    /// <summary>A ZIP's end record sits in its last 22 bytes plus a comment of at most 64 KiB.</summary>
    private const int ZipTailBytes = 22 + 65535;

    public static bool IsSound(byte[] content)
    {
        var all = content.AsSpan();
        if (!all.StartsWith("%PDF-"u8)) return false;
        var tail = all[Math.Max(0, all.Length - TailBytes)..];
        if (tail.IndexOf("%%EOF"u8) < 0 || tail.IndexOf("startxref"u8) < 0) return false;
        if (all[Math.Max(0, all.Length - ZipTailBytes)..].IndexOf("PK\u0005\u0006"u8) >= 0) return false;
        if (HoldsElf(all) || HoldsPe(all)) return false;
        try
        {
            using var pdf = PdfDocument.Open(content);
            return pdf.NumberOfPages > 0;
        }
#pragma warning disable CA1031 // PdfPig throws many exception types on a damaged file: every one means "not a PDF".
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    /// <summary>An ELF header: magic, class 32/64, byte order LE/BE, version 1 (seven bytes, so text never matches by chance).</summary>
    private static bool HoldsElf(ReadOnlySpan<byte> all)
    {
        var from = 0;
        int i;
        while ((i = all[from..].IndexOf("\u007fELF"u8)) >= 0)
        {
            var at = from + i;
            if (at + 7 <= all.Length && all[at + 4] is 1 or 2 && all[at + 5] is 1 or 2 && all[at + 6] == 1) return true;
            from = at + 1;
        }
        return false;
    }

    /// <summary>A PE image: an "MZ" header whose e_lfanew (offset 0x3C) points at "PE\0\0".</summary>
    private static bool HoldsPe(ReadOnlySpan<byte> all)
    {
        var from = 0;
        int i;
        while ((i = all[from..].IndexOf("MZ"u8)) >= 0)
        {
            var at = from + i;
            if (at + 0x40 <= all.Length)
            {
                var pe = (long)at + BinaryPrimitives.ReadInt32LittleEndian(all.Slice(at + 0x3C, 4));
                if (pe > at && pe + 4 <= all.Length && all.Slice((int)pe, 4).SequenceEqual("PE\0\0"u8)) return true;
            }
            from = at + 1;
        }
        return false;
    }
}
