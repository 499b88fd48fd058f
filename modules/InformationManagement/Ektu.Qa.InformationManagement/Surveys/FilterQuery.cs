namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>A result filter as query values.</summary>
internal sealed record FilterQuery(string? Programme, string? StudyYear, string? StudyForm, string? Language)
{
    public ResultFilter ToFilter() => new()
    {
        Programme = Blank(Programme), StudyYear = Blank(StudyYear), StudyForm = Blank(StudyForm), Language = Blank(Language),
    };

    private static string? Blank(string? v) => string.IsNullOrWhiteSpace(v) ? null : v.Trim();
}
