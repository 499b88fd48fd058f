using Ektu.Qa.ProgrammeMonitoring.Curriculum;

namespace Ektu.Qa.ProgrammeMonitoring.Areas.ProgrammeMonitoring.Pages.Curriculum;

/// <summary>
/// The curriculum form as posted: course rows (blank rows for new courses are dropped) and one map cell per outcome and
/// course row, empty when the course does not address the outcome.
/// </summary>
internal sealed class CurriculumForm
{
    public List<CourseRow> Courses { get; set; } = [];

    /// <summary>Cells keyed "outcome|row index"; a row index survives a course code being typed or changed in the same post.</summary>
    public Dictionary<string, CoverageLevel?> Cells { get; set; } = [];

    public string? Note { get; set; }

    public static CurriculumForm From(CurriculumDto c)
    {
        var form = new CurriculumForm
        {
            Courses = c.Courses.Select(x => new CourseRow
            {
                Code = x.Code, TitleKk = x.TitleKk, TitleRu = x.TitleRu, TitleEn = x.TitleEn, Credits = x.Credits, Semester = x.Semester,
            }).ToList(),
        };
        var index = form.Courses.Select((x, i) => (x.Code, i)).ToDictionary(t => t.Code!, t => t.i, StringComparer.Ordinal);
        foreach (var m in c.Map) form.Cells[Key(m.Outcome, index[m.CourseCode])] = m.Level;
        return form;
    }

    public static string Key(int outcome, int row) => $"{outcome}|{row}";

    public CurriculumInput ToInput()
    {
        var rows = Courses.Select((x, i) => (Row: x, Index: i)).Where(t => !t.Row.IsBlank).ToList();
        var map = new List<MapCell>();
        foreach (var (key, level) in Cells)
        {
            var parts = key.Split('|');
            if (level is not { } l || parts.Length != 2 || !int.TryParse(parts[0], out var outcome) || !int.TryParse(parts[1], out var row)) continue;
            if (rows.FirstOrDefault(t => t.Index == row).Row is { } course) map.Add(new MapCell(outcome, course.Code ?? "", l));
        }
        var courses = rows.Select(t => new Course(t.Row.Code ?? "", t.Row.TitleKk ?? "", t.Row.TitleRu ?? "", t.Row.TitleEn ?? "",
            t.Row.Credits, t.Row.Semester));
        return new CurriculumInput(courses.ToList(), map, Note);
    }

    /// <summary>Rows for the page: the courses and three blank rows for new ones.</summary>
    public void Pad() => Courses = [.. Courses, new CourseRow(), new CourseRow(), new CourseRow()];
}
