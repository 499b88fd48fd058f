namespace Ektu.Qa.Kernel.Auditing;

/// <summary>One change as a person reads it: the field's label and its old and new values (null: none).</summary>
public sealed record AuditChangeLine(string Label, string? Old, string? New)
{
    /// <summary>"Label: old → new"; a value set for the first time reads "Label: new".</summary>
    public override string ToString() => Old == null ? $"{Label}: {New ?? "—"}" : $"{Label}: {Old} → {New ?? "—"}";
}
