namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>
/// A question's options against the values of one stratum. A column whose group is below the minimum is hidden (null
/// counts), and so is the next smallest when only one would be, so the total cannot give it away.
/// </summary>
public sealed record CrossTabDto
{
    public string QuestionKey { get; init; } = "";
    public StratumDimension Dimension { get; init; }
    public IReadOnlyList<string> Columns { get; init; } = [];
    public IReadOnlyList<int?> ColumnTotals { get; init; } = [];
    public IReadOnlyList<CrossTabRowDto> Rows { get; init; } = [];
}
