namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>Population and respondents of one value of a stratum.</summary>
internal sealed record StratumCount
{
    public string Value { get; init; } = "";
    public long Population { get; init; }
    public long Respondents { get; init; }
}
