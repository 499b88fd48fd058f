namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>
/// The result of one question (a matrix gives one per row). <see cref="Suppressed"/>: fewer than the minimum group answered
/// it, so counts, mean and texts are empty.
/// </summary>
public sealed record QuestionResultDto
{
    public string Key { get; init; } = "";
    public QuestionKind Kind { get; init; }
    public string Text { get; init; } = "";
    public string? Section { get; init; }
    public bool Suppressed { get; init; }
    public int? Answered { get; init; }
    public IReadOnlyList<OptionCountDto> Options { get; init; } = [];
    public decimal? Mean { get; init; }
    public decimal? PreviousMean { get; init; }

    /// <summary>Free-text answers, in alphabetical order (the order of storage means nothing either).</summary>
    public IReadOnlyList<string> Texts { get; init; } = [];
}
