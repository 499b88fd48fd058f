namespace Ektu.Qa.QaCommission.Register;

/// <summary>004 §7.5: late or poor execution.</summary>
public enum ViolationKind
{
    Late,
    Poor,
}
