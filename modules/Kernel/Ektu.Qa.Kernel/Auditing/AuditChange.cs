namespace Ektu.Qa.Kernel.Auditing;

/// <summary>One changed field: old and new values as text.</summary>
public sealed record AuditChange(string Field, string? Old, string? New);
