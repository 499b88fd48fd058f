namespace Ektu.Qa.ExternalAccreditation.Certifications;

/// <summary>A management-system certificate (ISO 9001:2015, ISO 37001:2016…) with its body, scope and validity.</summary>
public sealed class CertificateDto
{
    public Guid Id { get; init; }

    /// <summary>The unit certified (usually the university); its scope.</summary>
    public Guid UnitId { get; init; }

    public string UnitName { get; set; } = "";

    /// <summary>The standard's code from the reference list, e.g. "ISO 9001:2015".</summary>
    public string Standard { get; init; } = "";

    public string Body { get; init; } = "";
    public string Number { get; init; } = "";
    public string Scope { get; init; } = "";
    public DateOnly ValidFrom { get; init; }
    public DateOnly ValidTo { get; init; }
    public bool IsValid { get; set; }

    /// <summary>Inspection audits planned and not held whose planned day has passed.</summary>
    public int OverdueAudits { get; set; }

    public int Version { get; init; }
}
