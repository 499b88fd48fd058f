namespace Ektu.Qa.QualityPolicy.Documents;

/// <summary>Puts the approved edition in force; the date defaults to the approval date.</summary>
public sealed class EnforceEditionInput
{
    public DateOnly? InForceOn { get; set; }
    public int Version { get; set; }
}
