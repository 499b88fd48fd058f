namespace Ektu.Qa.ExternalAccreditation.Accreditations;

/// <summary>A new accreditation (procedure) or its update (<see cref="Version"/> then required; the unit stays).</summary>
public sealed class SaveAccreditationInput
{
    public Guid UnitId { get; set; }
    public Guid AgencyId { get; set; }
    public AccreditationKind Kind { get; set; } = AccreditationKind.Specialised;
    public AccreditationReach Reach { get; set; }
    public AccreditationDecision Decision { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public DateOnly? FollowUpDueOn { get; set; }
    public string? Conditions { get; set; }
    public string? Recommendations { get; set; }
    public Guid? RenewalOfId { get; set; }
    public List<Guid> ProgrammeIds { get; set; } = [];
    public int Version { get; set; }
}
