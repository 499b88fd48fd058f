namespace Ektu.Qa.ExternalAccreditation.SelfAssessment;

/// <summary>A new self-assessment: the unit it belongs to, the agency, a programme (none for an institutional one), period.</summary>
public sealed class SaveSelfAssessmentInput
{
    public Guid UnitId { get; set; }
    public Guid AgencyId { get; set; }
    public Guid? ProgrammeId { get; set; }
    public string Title { get; set; } = "";
    public string Period { get; set; } = "";
}
