namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>
/// Respondents against the population of one stratum (or of the whole survey when <see cref="Dimension"/> is null):
/// the rate, the margin of error of a proportion at 95 % with the finite population correction (percentage points),
/// and whether the stratum is under-represented (its rate below 80 % of the survey's).
/// </summary>
public sealed record ResponseRateDto
{
    public StratumDimension? Dimension { get; init; }
    public string Value { get; init; } = "";
    public int Population { get; init; }
    public int Respondents { get; init; }
    public decimal Rate { get; init; }
    public decimal? MarginOfError { get; init; }
    public bool UnderRepresented { get; init; }
}
