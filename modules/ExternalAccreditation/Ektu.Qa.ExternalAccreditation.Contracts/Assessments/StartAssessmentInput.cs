using Ektu.Qa.ExternalAccreditation.Accreditations;

namespace Ektu.Qa.ExternalAccreditation.Assessments;

/// <summary>
/// Starts a procedure: a school's specialised accreditation of some of its programmes, or the university's institutional
/// one; <see cref="RenewalOfId"/> names the accreditation it renews (which stays valid meanwhile).
/// </summary>
public sealed class StartAssessmentInput
{
    public Guid UnitId { get; set; }
    public string Title { get; set; } = "";
    public Guid AgencyId { get; set; }
    public AccreditationKind Kind { get; set; } = AccreditationKind.Specialised;
    public AccreditationReach Reach { get; set; }
    public List<Guid> ProgrammeIds { get; set; } = [];
    public Guid? RenewalOfId { get; set; }
}
