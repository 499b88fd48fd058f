namespace Ektu.Qa.QaCommission.Plans;

/// <summary>One line of the work plan.</summary>
public sealed class WorkPlanItemDto
{
    public Guid Id { get; init; }
    public int Seq { get; init; }
    public string Title { get; init; } = "";
    public string Responsible { get; init; } = "";
    public DateOnly? DueOn { get; init; }
}
