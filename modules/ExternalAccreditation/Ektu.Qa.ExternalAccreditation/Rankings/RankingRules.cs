namespace Ektu.Qa.ExternalAccreditation.Rankings;

/// <summary>
/// The programme ranking's indicator: a programme is in the national top 5 of its direction when its position within
/// the direction is 1 to 5; the share is counted per edition over the programmes ranked in it.
/// </summary>
internal static class RankingRules
{
    public const int TopPlaces = 5;

    public static IReadOnlyList<TopFiveShareDto> TopFiveShares(string systemCode, IEnumerable<RankingEntryDto> entries) =>
        entries.Where(e => e.ProgrammeId != null).GroupBy(e => e.Year).OrderBy(g => g.Key).Select(g =>
        {
            var ranked = g.Select(e => e.ProgrammeId).Distinct().Count();
            var top = g.Where(e => e.Position is >= 1 and <= TopPlaces).Select(e => e.ProgrammeId).Distinct().Count();
            return new TopFiveShareDto
            {
                SystemCode = systemCode, Year = g.Key, Ranked = ranked, TopFive = top,
                Percent = ranked == 0 ? 0 : (int)Math.Round(top * 100m / ranked, MidpointRounding.AwayFromZero),
            };
        }).ToList();
}
