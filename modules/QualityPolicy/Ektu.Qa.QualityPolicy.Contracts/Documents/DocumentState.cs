namespace Ektu.Qa.QualityPolicy.Documents;

/// <summary>Life of a normative document and of each of its editions (004 §8).</summary>
public enum DocumentState
{
    Draft,
    Approved,
    InForce,
    Superseded,
    Cancelled,
}
