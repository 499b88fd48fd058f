namespace Ektu.Qa.ExternalAccreditation.Agencies;

/// <summary>A new agency, or its update (<see cref="Version"/> then required).</summary>
public sealed class SaveAgencyInput
{
    public string Code { get; set; } = "";
    public string NameKk { get; set; } = "";
    public string NameRu { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string Country { get; set; } = "";
    public bool IsRegistered { get; set; }
    public bool IsActive { get; set; } = true;
    public int Version { get; set; }
}
