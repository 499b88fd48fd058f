namespace Ektu.Qa.QaCommission.Commissions;

/// <summary>The dean's order creating a school's commission.</summary>
public sealed class CreateCommissionInput
{
    public Guid SchoolUnitId { get; set; }
    public string OrderNumber { get; set; } = "";
    public DateOnly? OrderDate { get; set; }
}
