namespace Ektu.Qa.ExternalAccreditation.SelfAssessment;

/// <summary>A self-assessment report for one agency: of the institution (no programme) or of a programme, over a period.</summary>
public sealed class SelfAssessmentDto
{
    public Guid Id { get; init; }
    public Guid UnitId { get; init; }
    public string UnitName { get; set; } = "";
    public Guid AgencyId { get; init; }
    public string AgencyCode { get; set; } = "";
    public Guid? ProgrammeId { get; init; }
    public string? ProgrammeName { get; set; }
    public string Title { get; init; } = "";

    /// <summary>The period the report covers, e.g. "2021–2025".</summary>
    public string Period { get; init; } = "";

    public int Criteria { get; set; }
    public int Complete { get; set; }

    /// <summary>Complete criteria as a percentage of all, rounded half away from zero.</summary>
    public int Percent { get; set; }

    public int Version { get; init; }
}
