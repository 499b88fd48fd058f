using Ektu.Qa.ExternalAccreditation.Accreditations;

namespace Ektu.Qa.ExternalAccreditation.Assessments;

/// <summary>An external assessment procedure: the accreditation it opened (pending until decided) and its workflow instance.</summary>
public sealed class AssessmentDto
{
    public Guid Id { get; init; }
    public Guid UnitId { get; init; }
    public string UnitName { get; set; } = "";
    public string Title { get; init; } = "";
    public Guid AgencyId { get; init; }
    public string AgencyCode { get; set; } = "";
    public AccreditationKind Kind { get; init; }
    public Guid AccreditationId { get; init; }
    public Guid? RenewalOfId { get; init; }
    public Guid InstanceId { get; init; }
    public AssessmentState State { get; init; }
    public AccreditationDecision Decision { get; init; }
    public DateOnly StartedOn { get; init; }
    public DateOnly? ClosedOn { get; init; }
    public int Version { get; init; }
}
