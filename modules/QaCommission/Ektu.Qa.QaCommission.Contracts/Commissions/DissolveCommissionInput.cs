namespace Ektu.Qa.QaCommission.Commissions;

/// <summary>The dean's order dissolving a commission.</summary>
public sealed class DissolveCommissionInput
{
    public string OrderNumber { get; set; } = "";
    public DateOnly? OrderDate { get; set; }
    public int Version { get; set; }
}
