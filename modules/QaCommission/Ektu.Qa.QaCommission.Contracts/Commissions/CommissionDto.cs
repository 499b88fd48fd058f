namespace Ektu.Qa.QaCommission.Commissions;

/// <summary>A school's Quality Assurance Commission as read.</summary>
public sealed class CommissionDto
{
    public Guid Id { get; init; }
    public Guid SchoolUnitId { get; init; }
    public string SchoolName { get; set; } = "";
    public CommissionState State { get; init; }
    public string OrderNumber { get; init; } = "";
    public DateOnly OrderDate { get; init; }
    public string? OrderFileName { get; init; }
    public string? DissolutionOrderNumber { get; init; }
    public DateOnly? DissolutionOrderDate { get; init; }
    public int Version { get; init; }
    public DateTime UpdatedAt { get; init; }
}
