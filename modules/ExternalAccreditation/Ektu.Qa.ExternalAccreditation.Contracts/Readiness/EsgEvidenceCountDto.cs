namespace Ektu.Qa.ExternalAccreditation.Readiness;

/// <summary>Evidence documents of one ESG standard.</summary>
public sealed class EsgEvidenceCountDto
{
    public int EsgStandard { get; init; }
    public int Total { get; init; }
    public int Stale { get; init; }
}
