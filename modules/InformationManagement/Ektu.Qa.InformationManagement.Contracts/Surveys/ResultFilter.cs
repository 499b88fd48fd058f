namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>Strata a result is narrowed to; a combination whose group is smaller than the minimum shows nothing.</summary>
public sealed record ResultFilter
{
    public string? Programme { get; init; }
    public string? StudyYear { get; init; }
    public string? StudyForm { get; init; }
    public string? Language { get; init; }

    public bool IsEmpty => Programme == null && StudyYear == null && StudyForm == null && Language == null;
}
