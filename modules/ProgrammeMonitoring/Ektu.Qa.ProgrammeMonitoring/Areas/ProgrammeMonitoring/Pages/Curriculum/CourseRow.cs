namespace Ektu.Qa.ProgrammeMonitoring.Areas.ProgrammeMonitoring.Pages.Curriculum;

/// <summary>A course row of the curriculum form.</summary>
internal sealed class CourseRow
{
    public string? Code { get; set; }
    public string? TitleKk { get; set; }
    public string? TitleRu { get; set; }
    public string? TitleEn { get; set; }
    public int Credits { get; set; }
    public int Semester { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(TitleKk) && string.IsNullOrWhiteSpace(TitleRu)
                           && string.IsNullOrWhiteSpace(TitleEn);
}
