namespace Ektu.Qa.QaCommission.Plans;

/// <summary>The annual work plan of a commission for the academic year starting in <see cref="AcademicYear"/>.</summary>
public sealed class WorkPlanDto
{
    public Guid Id { get; init; }
    public Guid CommissionId { get; init; }
    public int AcademicYear { get; init; }
    public WorkPlanStatus Status { get; init; }
    public Guid? ApprovalInstanceId { get; init; }
    public DateOnly? ApprovedOn { get; init; }

    /// <summary>Why the last approval level returned the plan for revision.</summary>
    public string? ReturnComment { get; init; }
    public int Version { get; init; }
    public IReadOnlyList<WorkPlanItemDto> Items { get; set; } = [];
}
