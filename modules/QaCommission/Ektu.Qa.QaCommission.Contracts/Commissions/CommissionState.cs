namespace Ektu.Qa.QaCommission.Commissions;

/// <summary>A commission exists from the dean's order creating it until the order dissolving it.</summary>
public enum CommissionState
{
    Active,
    Dissolved,
}
