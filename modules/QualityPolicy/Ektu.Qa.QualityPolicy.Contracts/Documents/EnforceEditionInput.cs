namespace Ektu.Qa.QualityPolicy.Documents;

/// <summary>Puts the approved edition in force from its approval date (004 §8.2); another date is refused.</summary>
public sealed class EnforceEditionInput
{
    public DateOnly? InForceOn { get; set; }
    public int Version { get; set; }
}
