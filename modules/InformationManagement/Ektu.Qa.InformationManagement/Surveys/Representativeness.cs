namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>
/// Response rates against the population: the margin of error of a proportion at 95 % (z = 1.96, p = 0.5, the widest)
/// with the finite population correction, and the under-representation flag (a stratum's rate below 80 % of the survey's).
/// </summary>
internal static class Representativeness
{
    public const decimal UnderRepresentedRatio = 0.8m;

    /// <summary>Margin of error in percentage points; null with no respondents; 0 when everyone answered.</summary>
    public static decimal? MarginOfError(int population, int respondents)
    {
        if (respondents <= 0 || population <= 0) return null;
        if (respondents >= population) return 0;
        var fpc = Math.Sqrt((double)(population - respondents) / (population - 1));
        return Math.Round((decimal)(1.96 * Math.Sqrt(0.25 / respondents) * fpc * 100), 1);
    }

    public static decimal Rate(int population, int respondents) =>
        population == 0 ? 0 : Math.Round(100m * respondents / population, 1);

    public static ResponseRateDto Row(StratumDimension? dimension, string value, int population, int respondents, decimal overallRate) =>
        new()
        {
            Dimension = dimension, Value = value, Population = population, Respondents = respondents,
            Rate = Rate(population, respondents), MarginOfError = MarginOfError(population, respondents),
            UnderRepresented = dimension != null && population > 0
                && (decimal)respondents / population < UnderRepresentedRatio * overallRate / 100m,
        };
}
