using System.Buffers.Binary;

namespace Ektu.Qa.Kernel.Files;

/// <summary>
/// Reads a ZIP's central directory straight from the bytes (ZIP64 included), so the upload check sees every entry's
/// method, sizes and data offset without trusting <see cref="System.IO.Compression.ZipArchive"/>, which stops inflating at
/// the declared size and so hides a lying entry.
/// </summary>
internal static class ZipCentralDirectory
{
    private const uint EndSignature = 0x06054b50, Zip64EndSignature = 0x06064b50, Zip64LocatorSignature = 0x07064b50;
    private const uint EntrySignature = 0x02014b50, LocalSignature = 0x04034b50;

    /// <summary>
    /// The entries, or null when the directory is malformed or (<paramref name="tooMany"/>) holds more than <paramref name="maxEntries"/>.
    /// </summary>
    public static IReadOnlyList<ZipEntryRecord>? Read(ReadOnlySpan<byte> zip, int maxEntries, out bool tooMany)
    {
        tooMany = false;
        var end = FindEnd(zip);
        if (end < 0) return null;
        long count = U16(zip, end + 10), offset = U32(zip, end + 16);
        if (count == 0xFFFF || offset == 0xFFFFFFFF)
        {
            var locator = end - 20;
            if (locator < 0 || U32(zip, locator) != Zip64LocatorSignature) return null;
            var z64 = (long)U64(zip, locator + 8);
            if (z64 < 0 || z64 + 56 > zip.Length || U32(zip, (int)z64) != Zip64EndSignature) return null;
            count = (long)U64(zip, (int)z64 + 32);
            offset = (long)U64(zip, (int)z64 + 48);
        }
        tooMany = count > maxEntries;
        if (tooMany || count < 0 || offset < 0 || offset > zip.Length) return null;
        var list = new List<ZipEntryRecord>((int)Math.Min(count, 1024));
        var at = (int)offset;
        for (var i = 0; i < count; i++)
        {
            if (at + 46 > zip.Length || U32(zip, at) != EntrySignature) return null;
            int nameLength = U16(zip, at + 28), extraLength = U16(zip, at + 30), commentLength = U16(zip, at + 32);
            if (at + 46 + nameLength + extraLength + commentLength > zip.Length) return null;
            long compressed = U32(zip, at + 20), uncompressed = U32(zip, at + 24), local = U32(zip, at + 42);
            ReadZip64(zip.Slice(at + 46 + nameLength, extraLength), ref uncompressed, ref compressed, ref local);
            list.Add(new ZipEntryRecord(U16(zip, at + 10), compressed, uncompressed, local));
            at += 46 + nameLength + extraLength + commentLength;
        }
        return list;
    }

    /// <summary>Where an entry's data starts (after its local header), or -1 when the header is not there.</summary>
    public static long DataOffset(ReadOnlySpan<byte> zip, ZipEntryRecord e)
    {
        if (e.LocalHeaderOffset < 0 || e.LocalHeaderOffset + 30 > zip.Length) return -1;
        var at = (int)e.LocalHeaderOffset;
        if (U32(zip, at) != LocalSignature) return -1;
        var data = (long)at + 30 + U16(zip, at + 26) + U16(zip, at + 28);
        return data <= zip.Length ? data : -1;
    }

    private static int FindEnd(ReadOnlySpan<byte> zip)
    {
        // The end record is the last 22 bytes plus a comment of at most 64 KiB.
        for (var at = zip.Length - 22; at >= 0 && at >= zip.Length - 22 - 0xFFFF; at--)
            if (U32(zip, at) == EndSignature) return at;
        return -1;
    }

    /// <summary>The ZIP64 extra field carries, in this order, each 32-bit value that was saturated to 0xFFFFFFFF.</summary>
    private static void ReadZip64(ReadOnlySpan<byte> extra, ref long uncompressed, ref long compressed, ref long local)
    {
        var at = 0;
        while (at + 4 <= extra.Length)
        {
            int id = U16(extra, at), size = U16(extra, at + 2);
            if (at + 4 + size > extra.Length) return;
            if (id == 1)
            {
                var field = extra.Slice(at + 4, size);
                var p = 0;
                if (uncompressed == 0xFFFFFFFF && p + 8 <= field.Length) { uncompressed = (long)U64(field, p); p += 8; }
                if (compressed == 0xFFFFFFFF && p + 8 <= field.Length) { compressed = (long)U64(field, p); p += 8; }
                if (local == 0xFFFFFFFF && p + 8 <= field.Length) local = (long)U64(field, p);
                return;
            }
            at += 4 + size;
        }
    }

    private static ushort U16(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt16LittleEndian(b.Slice(at, 2));

    private static uint U32(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt32LittleEndian(b.Slice(at, 4));

    private static ulong U64(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt64LittleEndian(b.Slice(at, 8));
}
