using System.Globalization;

namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>
/// Differences between two contents, cell by cell. A content is read as addressed cells (section, row key, field), so a
/// difference, a text changed in one language only, an orphaned outcome and a conflict of two proposals are all set
/// operations over the same cells.
/// </summary>
internal static class VersionDiff
{
    private static readonly string[] Languages = ["Kk", "Ru", "En"];

    public static VersionDiffDto Between(int fromNumber, ProgrammeContent from, int toNumber, ProgrammeContent to)
    {
        var changes = Changes(from, to);
        return new VersionDiffDto(fromNumber, toNumber, changes, Gaps(changes, from, to), Orphaned(from, to));
    }

    public static List<FieldChange> Changes(ProgrammeContent from, ProgrammeContent to)
    {
        var before = Cells(from);
        var after = Cells(to);
        var changes = new List<FieldChange>();
        foreach (var (address, value) in after)
        {
            if (!before.TryGetValue(address, out var old)) changes.Add(Change(address, ChangeKind.Added, null, value));
            else if (!string.Equals(old, value, StringComparison.Ordinal)) changes.Add(Change(address, ChangeKind.Changed, old, value));
        }
        changes.AddRange(before.Where(b => !after.ContainsKey(b.Key)).Select(b => Change(b.Key, ChangeKind.Removed, b.Value, null)));
        return changes.OrderBy(c => c.Section).ThenBy(c => c.Key, KeyOrder.Instance).ThenBy(c => c.Field, StringComparer.Ordinal).ToList();
    }

    /// <summary>Cells two proposals (each against its own base) change to different values.</summary>
    public static IEnumerable<(string Path, string? A, string? B)> Conflicts(ProgrammeContent baseA, ProgrammeContent a,
        ProgrammeContent baseB, ProgrammeContent b)
    {
        var changedB = Changes(baseB, b).ToDictionary(c => c.Path);
        foreach (var ca in Changes(baseA, a))
            if (changedB.TryGetValue(ca.Path, out var cb) && !string.Equals(ca.After, cb.After, StringComparison.Ordinal))
                yield return (ca.Path, ca.After, cb.After);
    }

    /// <summary>Outcomes that some course covered before the change and none covers after it.</summary>
    public static IReadOnlyList<int> Orphaned(ProgrammeContent from, ProgrammeContent to)
    {
        var coveredBefore = from.Map.Select(m => m.Outcome).ToHashSet();
        var coveredAfter = to.Map.Select(m => m.Outcome).ToHashSet();
        return to.Outcomes.Select(o => o.Number).Where(n => coveredBefore.Contains(n) && !coveredAfter.Contains(n)).Order().ToList();
    }

    /// <summary>Trilingual texts of rows present on both sides whose change reached one or two of the three languages.</summary>
    private static List<LanguageGap> Gaps(IReadOnlyList<FieldChange> changes, ProgrammeContent from, ProgrammeContent to)
    {
        var changed = changes.Where(c => c.Kind == ChangeKind.Changed && Languages.Any(l => c.Field.EndsWith(l, StringComparison.Ordinal)))
            .GroupBy(c => (c.Section, c.Key, Stem: c.Field[..^2]));
        var gaps = new List<LanguageGap>();
        foreach (var g in changed)
        {
            var langs = g.Select(c => c.Field[^2..]).ToHashSet(StringComparer.Ordinal);
            if (langs.Count == Languages.Length) continue;
            gaps.Add(new LanguageGap(g.Key.Section, g.Key.Key, g.Key.Stem,
                Languages.Where(langs.Contains).Select(l => l.ToLowerInvariant()).ToList(),
                Languages.Where(l => !langs.Contains(l)).Select(l => l.ToLowerInvariant()).ToList()));
        }
        return gaps;
    }

    private static FieldChange Change((DiffSection Section, string Key, string Field) a, ChangeKind kind, string? before, string? after) =>
        new(a.Section, a.Key, a.Field, kind, before, after);

    private static Dictionary<(DiffSection Section, string Key, string Field), string> Cells(ProgrammeContent c)
    {
        var cells = new Dictionary<(DiffSection, string, string), string>();
        void Add(DiffSection s, string key, string field, string value) => cells[(s, key, field)] = value;
        Add(DiffSection.Programme, "", "FieldCode", c.Classifier.FieldCode);
        Add(DiffSection.Programme, "", "DirectionCode", c.Classifier.DirectionCode);
        Add(DiffSection.Programme, "", "GroupCode", c.Classifier.GroupCode);
        Add(DiffSection.Programme, "", "TitleKk", c.TitleKk);
        Add(DiffSection.Programme, "", "TitleRu", c.TitleRu);
        Add(DiffSection.Programme, "", "TitleEn", c.TitleEn);
        Add(DiffSection.Programme, "", "Level", c.Level.ToString());
        Add(DiffSection.Programme, "", "DegreeKk", c.DegreeKk);
        Add(DiffSection.Programme, "", "DegreeRu", c.DegreeRu);
        Add(DiffSection.Programme, "", "DegreeEn", c.DegreeEn);
        Add(DiffSection.Programme, "", "SchoolId", c.SchoolId.ToString());
        Add(DiffSection.Programme, "", "DepartmentId", c.DepartmentId.ToString());
        Add(DiffSection.Programme, "", "Languages", string.Join(", ", c.Languages));
        Add(DiffSection.Programme, "", "StudyForms", string.Join(", ", c.StudyForms));
        Add(DiffSection.Programme, "", "DurationMonths", Num(c.DurationMonths));
        Add(DiffSection.Programme, "", "Credits", Num(c.Credits));
        foreach (var o in c.Outcomes)
        {
            var key = Num(o.Number);
            Add(DiffSection.Outcome, key, "TextKk", o.TextKk);
            Add(DiffSection.Outcome, key, "TextRu", o.TextRu);
            Add(DiffSection.Outcome, key, "TextEn", o.TextEn);
        }
        foreach (var x in c.Courses)
        {
            Add(DiffSection.Course, x.Code, "TitleKk", x.TitleKk);
            Add(DiffSection.Course, x.Code, "TitleRu", x.TitleRu);
            Add(DiffSection.Course, x.Code, "TitleEn", x.TitleEn);
            Add(DiffSection.Course, x.Code, "Credits", Num(x.Credits));
            Add(DiffSection.Course, x.Code, "Semester", Num(x.Semester));
        }
        foreach (var m in c.Map) Add(DiffSection.Map, $"{Num(m.Outcome)}|{m.CourseCode}", "Level", m.Level.ToString());
        return cells;
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Row keys in a person's order: outcome numbers as numbers, course codes as text.</summary>
    private sealed class KeyOrder : IComparer<string>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare(string? x, string? y)
        {
            var nx = int.TryParse(x?.Split('|')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var a);
            var ny = int.TryParse(y?.Split('|')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var b);
            return nx && ny && a != b ? a.CompareTo(b) : string.CompareOrdinal(x, y);
        }
    }
}
