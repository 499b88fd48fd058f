namespace Ektu.Qa.QaCommission.Register;

/// <summary>A recorded late / poor execution and the ladder step it triggered.</summary>
public sealed class ViolationDto
{
    public Guid Id { get; init; }
    public Guid DecisionId { get; init; }
    public ViolationKind Kind { get; init; }
    public LadderStep Step { get; init; }

    /// <summary>How many violations the same executor has in this commission, this one included.</summary>
    public int Occurrence { get; init; }
    public string? Note { get; init; }
    public string? InquiryOrderNumber { get; init; }
    public DateOnly? InquiryOrderDate { get; init; }
    public DateTime CreatedAt { get; init; }
    public int Version { get; init; }
}
