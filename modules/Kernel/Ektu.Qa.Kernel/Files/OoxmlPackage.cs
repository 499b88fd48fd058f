using System.Buffers;
using System.IO.Compression;

namespace Ektu.Qa.Kernel.Files;

/// <summary>
/// Limits on an OOXML package (.docx, .xlsx) that stop a zip bomb: the number of parts, the total unpacked size and the
/// unpacking ratio of each part. The central directory is read from the bytes; its declared sizes are judged first (cheap),
/// then every part's compressed bytes are really inflated and counted, because declared sizes can lie. Inflation stops as
/// soon as a limit is passed, so a bomb costs at most <see cref="MaxUnpackedBytes"/> of work and no memory.
/// </summary>
internal static class OoxmlPackage
{
    /// <summary>Parts in one package; a large real document has a few hundred.</summary>
    public const int MaxEntries = 10_000;

    /// <summary>Total unpacked bytes; a 20 MiB document of text and pictures unpacks to well under this.</summary>
    public const long MaxUnpackedBytes = 256L * 1024 * 1024;

    /// <summary>Unpacked ÷ packed bytes of one part, judged once the part passes <see cref="RatioGraceBytes"/>.</summary>
    public const long MaxRatio = 100;

    /// <summary>Small parts compress very well (a few KiB of repeated XML): their ratio is not judged.</summary>
    public const long RatioGraceBytes = 1024 * 1024;

    private const ushort Stored = 0, Deflated = 8;

    public static PackageVerdict Judge(byte[] content)
    {
        var entries = ZipCentralDirectory.Read(content, MaxEntries, out var tooMany);
        if (entries == null) return tooMany ? PackageVerdict.TooLarge : PackageVerdict.Unreadable;
        long declared = 0;
        foreach (var e in entries)
        {
            if (e.Method is not (Stored or Deflated) || e.CompressedSize < 0 || e.UncompressedSize < 0) return PackageVerdict.Unreadable;
            declared += e.UncompressedSize;
            if (declared > MaxUnpackedBytes || TooCompressed(e.UncompressedSize, e.CompressedSize)) return PackageVerdict.TooLarge;
        }
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            long total = 0;
            foreach (var e in entries)
            {
                var data = ZipCentralDirectory.DataOffset(content, e);
                if (data < 0 || data + e.CompressedSize > content.Length) return PackageVerdict.Unreadable;
                if (e.Method == Stored)
                {
                    total += e.CompressedSize;
                    if (total > MaxUnpackedBytes) return PackageVerdict.TooLarge;
                    continue;
                }
                var packed = new MemoryStream(content, (int)data, (int)e.CompressedSize, writable: false);
                using var inflate = new DeflateStream(packed, CompressionMode.Decompress);
                long part = 0;
                int n;
                while ((n = inflate.Read(buffer, 0, buffer.Length)) > 0)
                {
                    part += n;
                    total += n;
                    if (total > MaxUnpackedBytes || TooCompressed(part, e.CompressedSize)) return PackageVerdict.TooLarge;
                }
            }
            return PackageVerdict.Ok;
        }
        catch (InvalidDataException)
        {
            return PackageVerdict.Unreadable;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool TooCompressed(long unpacked, long packed) => unpacked > RatioGraceBytes && unpacked > MaxRatio * Math.Max(1, packed);
}
