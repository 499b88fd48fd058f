namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>The survey frame's record of a student (<c>im_student_profiles</c>): unit, programme, year, form and language of study.</summary>
internal sealed record StudentProfile
{
    public Guid UserId { get; init; }
    public Guid UnitId { get; init; }
    public string Programme { get; init; } = "";
    public int StudyYear { get; init; }
    public string StudyForm { get; init; } = "";
    public string Language { get; init; } = "";
}
