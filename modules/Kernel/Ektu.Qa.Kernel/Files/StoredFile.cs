namespace Ektu.Qa.Kernel.Files;

/// <summary>A file just stored: its path within the area (what a record keeps), SHA-256 (lower-case hex) and length.</summary>
public sealed record StoredFile(string Path, string Sha256, long Length);
