using Ektu.Qa.ExternalAccreditation.Accreditations;

namespace Ektu.Qa.ExternalAccreditation.Assessments;

/// <summary>The agency's decision: accredited or conditional with validity (conditional with its follow-up due date), or denied.</summary>
public sealed class RecordDecisionInput
{
    public Guid TaskId { get; set; }
    public AccreditationDecision Decision { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public DateOnly? FollowUpDueOn { get; set; }
    public string? Conditions { get; set; }
    public int Version { get; set; }
}
