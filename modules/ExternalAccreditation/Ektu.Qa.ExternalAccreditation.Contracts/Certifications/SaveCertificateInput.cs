namespace Ektu.Qa.ExternalAccreditation.Certifications;

/// <summary>A new certificate, or its update (<see cref="Version"/> then required; the unit stays).</summary>
public sealed class SaveCertificateInput
{
    public Guid UnitId { get; set; }
    public string Standard { get; set; } = "";
    public string Body { get; set; } = "";
    public string Number { get; set; } = "";
    public string Scope { get; set; } = "";
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public int Version { get; set; }
}
