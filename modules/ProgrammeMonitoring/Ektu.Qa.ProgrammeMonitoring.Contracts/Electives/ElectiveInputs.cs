namespace Ektu.Qa.ProgrammeMonitoring.Electives;

/// <summary>A new catalogue of a school for a year; <see cref="CopyPrevious"/> copies the year before's courses.</summary>
public sealed class CreateCatalogueInput
{
    public Guid SchoolId { get; set; }
    public int? AcademicYear { get; set; }
    public bool CopyPrevious { get; set; }
}

/// <summary>A course proposed for a draft catalogue (<see cref="Version"/> guards an update).</summary>
public sealed class SaveElectiveCourseInput
{
    public string Code { get; set; } = "";
    public string TitleKk { get; set; } = "";
    public string TitleRu { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public Guid DepartmentId { get; set; }
    public int? Credits { get; set; }
    public int? Semester { get; set; }
    public Guid? ProgrammeId { get; set; }

    /// <summary>Outcome numbers of the programme, separated by commas or spaces.</summary>
    public string? Outcomes { get; set; }

    public int Version { get; set; }
}

/// <summary>An employer's endorsement of a course.</summary>
public sealed class EndorseCourseInput
{
    public string Organisation { get; set; } = "";
    public string Person { get; set; } = "";
    public DateOnly? EndorsedOn { get; set; }
    public string? Comment { get; set; }
    public int Version { get; set; }
}

/// <summary>The yearly analysis record: why the catalogue changed as it did.</summary>
public sealed class RecordAnalysisInput
{
    public string Analysis { get; set; } = "";
    public int Version { get; set; }
}
