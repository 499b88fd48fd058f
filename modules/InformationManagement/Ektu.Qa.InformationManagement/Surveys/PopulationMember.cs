namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>
/// One person of a survey's population: a user id or the hash of an invitation code as <see cref="PersonKey"/>, and the
/// strata copied onto their response (empty where the target has none).
/// </summary>
internal sealed record PopulationMember
{
    public string PersonKey { get; init; } = "";
    public Guid? UserId { get; init; }
    public string Programme { get; init; } = "";
    public string StudyYear { get; init; } = "";
    public string StudyForm { get; init; } = "";
    public string Language { get; init; } = "";
}
