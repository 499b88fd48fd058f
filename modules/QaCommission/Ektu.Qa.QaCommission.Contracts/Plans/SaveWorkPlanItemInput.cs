namespace Ektu.Qa.QaCommission.Plans;

/// <summary>A new line of the work plan; <see cref="Version"/> is the plan's.</summary>
public sealed class SaveWorkPlanItemInput
{
    public string Title { get; set; } = "";
    public string Responsible { get; set; } = "";
    public DateOnly? DueOn { get; set; }
    public int Version { get; set; }
}
