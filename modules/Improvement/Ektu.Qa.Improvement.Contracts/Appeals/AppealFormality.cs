namespace Ektu.Qa.Improvement.Appeals;

/// <summary>A formal (registered, answered in writing) or informal appeal.</summary>
public enum AppealFormality
{
    Formal,
    Informal,
}
