using Ektu.Qa.ProgrammeMonitoring.Programmes;

namespace Ektu.Qa.ProgrammeMonitoring.Areas.ProgrammeMonitoring.Pages.Programmes;

/// <summary>
/// The programme form as posted: flat fields and outcome rows (blank rows are left for new outcomes and dropped on save).
/// The school is the graduating department's parent, so a person picks one unit.
/// </summary>
internal sealed class ProgrammeForm
{
    public string? FieldCode { get; set; }
    public string? DirectionCode { get; set; }
    public string? GroupCode { get; set; }
    public string? TitleKk { get; set; }
    public string? TitleRu { get; set; }
    public string? TitleEn { get; set; }
    public ProgrammeLevel Level { get; set; } = ProgrammeLevel.Bachelor;
    public string? DegreeKk { get; set; }
    public string? DegreeRu { get; set; }
    public string? DegreeEn { get; set; }
    public Guid DepartmentId { get; set; }
    public List<InstructionLanguage> Languages { get; set; } = [];
    public List<StudyForm> StudyForms { get; set; } = [];
    public int DurationMonths { get; set; } = 48;
    public int Credits { get; set; } = 240;
    public List<OutcomeRow> Outcomes { get; set; } = [];
    public string? Note { get; set; }

    public static ProgrammeForm From(ProgrammeContent c) => new()
    {
        FieldCode = c.Classifier.FieldCode, DirectionCode = c.Classifier.DirectionCode, GroupCode = c.Classifier.GroupCode,
        TitleKk = c.TitleKk, TitleRu = c.TitleRu, TitleEn = c.TitleEn, Level = c.Level,
        DegreeKk = c.DegreeKk, DegreeRu = c.DegreeRu, DegreeEn = c.DegreeEn,
        DepartmentId = c.DepartmentId, Languages = [.. c.Languages], StudyForms = [.. c.StudyForms],
        DurationMonths = c.DurationMonths, Credits = c.Credits,
        Outcomes = c.Outcomes.Select(o => new OutcomeRow { TextKk = o.TextKk, TextRu = o.TextRu, TextEn = o.TextEn }).ToList(),
    };

    /// <summary>The content to save; courses and map come from the version being revised (the curriculum page edits them).</summary>
    public ProgrammeContent ToContent(ProgrammeContent? revised, Guid schoolId)
    {
        var rows = Outcomes.Where(o => !o.IsBlank).ToList();
        return (revised ?? new ProgrammeContent()) with
        {
            Classifier = new Classifier(FieldCode ?? "", DirectionCode ?? "", GroupCode ?? ""),
            TitleKk = TitleKk ?? "", TitleRu = TitleRu ?? "", TitleEn = TitleEn ?? "", Level = Level,
            DegreeKk = DegreeKk ?? "", DegreeRu = DegreeRu ?? "", DegreeEn = DegreeEn ?? "",
            SchoolId = schoolId, DepartmentId = DepartmentId, Languages = Languages, StudyForms = StudyForms,
            DurationMonths = DurationMonths, Credits = Credits,
            Outcomes = rows.Select((o, i) => new LearningOutcome(i + 1, o.TextKk ?? "", o.TextRu ?? "", o.TextEn ?? "")).ToList(),
        };
    }

    /// <summary>Rows for the page: the outcomes and two blank rows for new ones.</summary>
    public void PadOutcomes() => Outcomes = [.. Outcomes.Where(o => !o.IsBlank), new OutcomeRow(), new OutcomeRow()];
}
