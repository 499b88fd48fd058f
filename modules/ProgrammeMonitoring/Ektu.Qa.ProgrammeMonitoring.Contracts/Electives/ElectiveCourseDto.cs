namespace Ektu.Qa.ProgrammeMonitoring.Electives;

/// <summary>
/// A course proposed for a catalogue by a department: credits, semester, the programme outcomes it serves, and the
/// employer who endorsed it this year (organisation, person, date, comment; empty until endorsed).
/// </summary>
public sealed class ElectiveCourseDto
{
    public Guid Id { get; init; }
    public Guid CatalogueId { get; init; }
    public string Code { get; init; } = "";
    public string TitleKk { get; init; } = "";
    public string TitleRu { get; init; } = "";
    public string TitleEn { get; init; } = "";
    public Guid DepartmentId { get; init; }
    public string DepartmentName { get; set; } = "";
    public int Credits { get; init; }
    public int Semester { get; init; }

    /// <summary>The programme whose learning outcomes the course serves (null: a course open to every programme).</summary>
    public Guid? ProgrammeId { get; init; }

    public string ProgrammeCode { get; set; } = "";

    /// <summary>Numbers of the programme's learning outcomes the course serves, e.g. "1, 3".</summary>
    public string Outcomes { get; init; } = "";

    public string? EmployerOrganisation { get; init; }
    public string? EmployerPerson { get; init; }
    public DateOnly? EndorsedOn { get; init; }
    public string? EndorsementComment { get; init; }
    public int Version { get; init; }

    public bool IsEndorsed => EndorsedOn != null;
}
