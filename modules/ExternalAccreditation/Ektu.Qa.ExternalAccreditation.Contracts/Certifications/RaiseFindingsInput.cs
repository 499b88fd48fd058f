namespace Ektu.Qa.ExternalAccreditation.Certifications;

/// <summary>Raises a held audit's findings as a CAPA item owned by the caller, due on <see cref="Deadline"/>.</summary>
public sealed class RaiseFindingsInput
{
    public DateOnly? Deadline { get; set; }
    public int Version { get; set; }
}
