namespace Ektu.Qa.Improvement.Appeals;

/// <summary>An appeal concerns one person's case or a systemic problem (DOMAIN §12).</summary>
public enum AppealKind
{
    Individual,
    Systemic,
}
