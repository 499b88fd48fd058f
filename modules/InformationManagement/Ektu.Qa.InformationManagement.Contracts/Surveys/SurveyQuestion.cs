namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>
/// One question of a template. <see cref="Key"/> stays the same across versions, so a year's results compare with the
/// last. A question with <see cref="ShowIfKey"/> is asked only when that earlier question was answered with
/// <see cref="ShowIfValue"/>.
/// </summary>
public sealed record SurveyQuestion
{
    public string Key { get; init; } = "";
    public SurveyText? Section { get; init; }
    public QuestionKind Kind { get; init; }
    public SurveyText Text { get; init; } = new("", "", "");
    public IReadOnlyList<SurveyOption> Options { get; init; } = [];

    /// <summary>The statements of a matrix, each answered on the <see cref="Options"/> scale.</summary>
    public IReadOnlyList<SurveyOption> Rows { get; init; } = [];
    public bool Required { get; init; }
    public string? ShowIfKey { get; init; }
    public string? ShowIfValue { get; init; }

    /// <summary>Bounds of a number answer.</summary>
    public int? Min { get; init; }
    public int? Max { get; init; }
}
