namespace Ektu.Qa.ExternalAccreditation.SelfAssessment;

/// <summary>A new standard of an agency or its update (<see cref="Version"/> then required; the agency stays).</summary>
public sealed class SaveSaStandardInput
{
    public Guid AgencyId { get; set; }
    public string Code { get; set; } = "";
    public string TitleKk { get; set; } = "";
    public string TitleRu { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public int EsgStandard { get; set; } = 1;
    public int Version { get; set; }
}
