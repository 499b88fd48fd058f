namespace Ektu.Qa.ExternalAccreditation.Agencies;

/// <summary>An accreditation agency or certification body (reference data): IAAR, IQAA, ARQA, ACQUIN, ASIIN, ABET…</summary>
public sealed class AgencyDto
{
    public Guid Id { get; init; }
    public string Code { get; init; } = "";
    public string NameKk { get; init; } = "";
    public string NameRu { get; init; } = "";
    public string NameEn { get; init; } = "";
    public string Name => Kernel.Localization.LocalizerExtensions.Pick(NameKk, NameRu, NameEn);
    public string Country { get; init; } = "";

    /// <summary>Listed in the national register of accreditation bodies (Ministry of Science and Higher Education).</summary>
    public bool IsRegistered { get; init; }

    public bool IsActive { get; init; }
    public int Version { get; init; }
}
