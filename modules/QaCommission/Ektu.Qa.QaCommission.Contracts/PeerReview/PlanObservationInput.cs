namespace Ektu.Qa.QaCommission.PeerReview;

/// <summary>A planned observation of a teacher's class.</summary>
public sealed class PlanObservationInput
{
    public Guid UnitId { get; set; }
    public Guid TemplateId { get; set; }
    public Guid ObserverUserId { get; set; }
    public Guid TeacherUserId { get; set; }
    public string Course { get; set; } = "";
    public DateOnly? PlannedOn { get; set; }
}
