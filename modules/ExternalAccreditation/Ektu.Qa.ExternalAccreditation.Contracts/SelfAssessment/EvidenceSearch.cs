namespace Ektu.Qa.ExternalAccreditation.SelfAssessment;

/// <summary>A search of the evidence library: words of the title, an ESG standard; the newest documents first, at most 50.</summary>
public sealed class EvidenceSearch
{
    public string? Text { get; set; }
    public int? EsgStandard { get; set; }
}
