namespace Ektu.Qa.ExternalAccreditation.Rankings;

/// <summary>
/// One year of a programme ranking: of the programmes ranked, how many are in the national top 5 of their direction
/// (the indicator the university reports, e.g. 52 %).
/// </summary>
public sealed class TopFiveShareDto
{
    public string SystemCode { get; init; } = "";
    public int Year { get; init; }
    public int Ranked { get; init; }
    public int TopFive { get; init; }

    /// <summary>TopFive as a percentage of Ranked, rounded half away from zero.</summary>
    public int Percent { get; init; }
}
