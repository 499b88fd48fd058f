namespace Ektu.Qa.ExternalAccreditation.Readiness;

/// <summary>Evidence library filter.</summary>
public sealed class EvidenceFilter
{
    public int? EsgStandard { get; set; }
    public string? Programme { get; set; }
    public bool StaleOnly { get; set; }
}
