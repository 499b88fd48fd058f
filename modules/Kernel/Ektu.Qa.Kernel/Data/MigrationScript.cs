namespace Ektu.Qa.Kernel.Data;

/// <summary>One migration as shipped: logical name, text and SHA-256 checksum.</summary>
public sealed record MigrationScript(string Name, string Sql, string Checksum);
