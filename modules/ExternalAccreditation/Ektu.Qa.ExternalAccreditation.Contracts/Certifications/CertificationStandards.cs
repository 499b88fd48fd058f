namespace Ektu.Qa.ExternalAccreditation.Certifications;

/// <summary>The management-system standards a certificate may name (reference data; the names are localized by code).</summary>
public static class CertificationStandards
{
    public static readonly IReadOnlyList<string> All = ["ISO 9001:2015", "ISO 37001:2016", "ISO 21001:2018", "ISO 14001:2015", "ISO 45001:2018"];
}
