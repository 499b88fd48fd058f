namespace Ektu.Qa.Kernel.Files;

/// <summary>One entry of a ZIP central directory as declared there (sizes may lie; see <see cref="OoxmlPackage"/>).</summary>
internal sealed record ZipEntryRecord(ushort Method, long CompressedSize, long UncompressedSize, long LocalHeaderOffset);
