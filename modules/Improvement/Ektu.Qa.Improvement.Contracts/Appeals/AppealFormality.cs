namespace Ektu.Qa.QaCommission.Appeals;

/// <summary>A formal (registered, answered in writing) or informal appeal.</summary>
public enum AppealFormality
{
    Formal,
    Informal,
}
