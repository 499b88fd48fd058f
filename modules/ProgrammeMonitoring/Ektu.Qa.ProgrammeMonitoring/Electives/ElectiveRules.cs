using System.Globalization;

namespace Ektu.Qa.ProgrammeMonitoring.Electives;

/// <summary>
/// The catalogue's rules: what changed since last year (by course code), when a catalogue may be published, and how a
/// course's outcome list is read.
/// </summary>
internal static class ElectiveRules
{
    public const int MinYear = 2000, MaxYear = 2100, MaxCredits = 30, MaxSemester = 12;

    public static YearChangeDto Change(int? previousYear, IEnumerable<string> previous, IEnumerable<string> current)
    {
        var before = previous.ToHashSet(StringComparer.Ordinal);
        var after = current.ToHashSet(StringComparer.Ordinal);
        return new YearChangeDto(previousYear,
            after.Where(c => !before.Contains(c)).Order(StringComparer.Ordinal).ToList(),
            previousYear == null ? [] : before.Where(c => !after.Contains(c)).Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// Why a catalogue cannot be published (an error code), or null: a published catalogue is final; an empty one
    /// offers nothing; every course is endorsed by an employer and the year's analysis is recorded (000 §Std 3).
    /// </summary>
    public static string? RefusePublish(ElectiveCatalogueDto c, IReadOnlyList<ElectiveCourseDto> courses)
    {
        if (c.Status == CatalogueStatus.Published) return ElectiveErrorCodes.Published;
        if (courses.Count == 0) return ElectiveErrorCodes.EmptyCatalogue;
        if (courses.Any(x => !x.IsEndorsed)) return ElectiveErrorCodes.NotEndorsed;
        return string.IsNullOrWhiteSpace(c.Analysis) ? ElectiveErrorCodes.NoAnalysis : null;
    }

    /// <summary>Outcome numbers from "1, 3 5" (sorted, distinct); null when a part is not a positive number.</summary>
    public static IReadOnlyList<int>? ParseOutcomes(string? text)
    {
        var numbers = new SortedSet<int>();
        foreach (var part in (text ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            var t = part.Trim().TrimStart('L', 'O', 'l', 'o', 'О', 'Н', 'Р');
            if (!int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1) return null;
            numbers.Add(n);
        }
        return numbers.ToList();
    }

    public static string FormatOutcomes(IEnumerable<int> numbers) =>
        string.Join(", ", numbers.Select(n => n.ToString(CultureInfo.InvariantCulture)));
}
