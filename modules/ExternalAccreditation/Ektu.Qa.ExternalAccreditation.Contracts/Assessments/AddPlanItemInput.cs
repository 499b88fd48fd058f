namespace Ektu.Qa.ExternalAccreditation.Assessments;

/// <summary>An item of the improvement action plan, raised as a CAPA item of the assessment's unit.</summary>
public sealed class AddPlanItemInput
{
    public string Problem { get; set; } = "";
    public string CorrectiveAction { get; set; } = "";
    public Guid OwnerUserId { get; set; }
    public DateOnly? Deadline { get; set; }
}
