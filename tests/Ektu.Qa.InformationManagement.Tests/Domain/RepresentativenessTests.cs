using Ektu.Qa.InformationManagement.Surveys;

namespace Ektu.Qa.InformationManagement.Tests.Domain;

public sealed class RepresentativenessTests
{
    [Theory]
    [InlineData(1000, 278, 5.0)]   // the textbook case: ±5 % needs 278 of 1,000
    [InlineData(100000, 384, 5.0)] // a large population: 384 for ±5 %
    [InlineData(50, 50, 0.0)]      // everyone answered
    public void MarginOfError_Should_ApplyTheFinitePopulationCorrection_When_PopulationIsKnown(int population, int respondents, double expected) =>
        Representativeness.MarginOfError(population, respondents).ShouldBe((decimal)expected);

    [Fact]
    public void MarginOfError_Should_BeUnknown_When_NobodyAnswered() => Representativeness.MarginOfError(40, 0).ShouldBeNull();

    [Theory]
    [InlineData(10, 4, 60, true)]   // 40 % < 48 %
    [InlineData(10, 5, 60, false)]  // 50 % ≥ 48 %
    public void Row_Should_FlagAStratum_When_ItsRateIsBelowEightyPercentOfTheSurveys(int population, int respondents, int overall, bool flagged) =>
        Representativeness.Row(StratumDimension.Programme, "x", population, respondents, overall).UnderRepresented.ShouldBe(flagged);
}
