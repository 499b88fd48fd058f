using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.ProgrammeMonitoring.Curriculum;
using Ektu.Qa.ProgrammeMonitoring.Programmes;

namespace Ektu.Qa.ProgrammeMonitoring.Passport;

/// <summary>
/// The passport as a Word document, in the style of the university's other documents (<see cref="WordTable"/> and
/// <see cref="WordText"/>, Times New Roman, A4 portrait): the programme's fields, its outcomes, the curriculum by semester with
/// credits, and the outcome map read per outcome (which courses introduce, reinforce and master it), so it stays one page wide at 40 outcomes.
/// Table rows carry the outcome's bare number: a narrow number column prints "12" whole where "LO12" would break.
/// </summary>
internal sealed class PassportWriter(LocalizationStore texts)
{
    private const int Size = 22;

    public void Write(ProgrammeVersionDto v, OrganizationUnitDto? school, OrganizationUnitDto? department, PassportLanguage language,
        Stream output)
    {
        var lang = language.ToString().ToLowerInvariant();
        var inv = CultureInfo.InvariantCulture;
        string T(string key) => texts.Find("ProgrammeMonitoring:Passport." + key, lang) ?? key;
        string E<TEnum>(TEnum value) where TEnum : struct, Enum => texts.Find($"Enum:{typeof(TEnum).Name}.{value}", lang) ?? value.ToString();
        string Pick(string kk, string ru, string en) => language switch { PassportLanguage.Kk => kk, PassportLanguage.Ru => ru, _ => en };
        string Unit(OrganizationUnitDto? u) => u == null ? "" : Pick(u.NameKk, u.NameRu, u.NameEn);
        var c = v.Content;

        using var doc = WordprocessingDocument.Create(output, DocumentFormat.OpenXml.WordprocessingDocumentType.Document, true);
        var main = doc.AddMainDocumentPart();
        var body = new Body();
        main.Document = new Document(body);

        body.Append(WordText.Heading(T("Title"), 1));
        body.Append(WordText.Centered($"{c.Classifier.GroupCode} — {Pick(c.TitleKk, c.TitleRu, c.TitleEn)}", bold: true));
        body.Append(WordText.Centered(string.Format(inv, T("VersionLine"), v.Number, E(v.State),
            v.ApprovedAt?.ToString("dd.MM.yyyy", inv) ?? "—"), italic: true));

        body.Append(WordText.Heading("1. " + T("Section.Fields"), 3));
        body.Append(Table([
            [T("Field"), T("Value")],
            [T("Classifier"), $"{c.Classifier.FieldCode} → {c.Classifier.DirectionCode} → {c.Classifier.GroupCode}"],
            [T("TitleKk"), c.TitleKk], [T("TitleRu"), c.TitleRu], [T("TitleEn"), c.TitleEn],
            [T("Level"), string.Format(inv, T("LevelLine"), E(c.Level), (int)c.Level, c.EqfLevel)],
            [T("Degree"), Pick(c.DegreeKk, c.DegreeRu, c.DegreeEn)],
            [T("School"), Unit(school)], [T("Department"), Unit(department)],
            [T("Languages"), string.Join(", ", c.Languages.Select(E))],
            [T("StudyForms"), string.Join(", ", c.StudyForms.Select(E))],
            [T("Duration"), string.Format(inv, T("DurationLine"), c.DurationMonths)],
            [T("Credits"), c.Credits.ToString(inv)],
        ]));

        body.Append(WordText.Heading("2. " + T("Section.Outcomes"), 3));
        body.Append(Table([[T("Number"), T("Outcome")], .. c.Outcomes.Select(o => new[] { o.Number.ToString(inv),
            Pick(o.TextKk, o.TextRu, o.TextEn) })]));

        body.Append(WordText.Heading("3. " + T("Section.Curriculum"), 3));
        body.Append(Table([[T("Semester"), T("Code"), T("Course"), T("Credits")],
            .. c.Courses.OrderBy(x => x.Semester).ThenBy(x => x.Code, StringComparer.Ordinal).Select(x => new[]
            {
                x.Semester.ToString(inv), x.Code, Pick(x.TitleKk, x.TitleRu, x.TitleEn), x.Credits.ToString(inv),
            })]));
        body.Append(WordText.Text(string.Format(inv, T("TotalCredits"), c.Courses.Sum(x => x.Credits), c.Credits)));

        body.Append(WordText.Heading("4. " + T("Section.Map"), 3));
        string Courses(int outcome, CoverageLevel level) => string.Join(", ", c.Map.Where(m => m.Outcome == outcome && m.Level == level)
            .Select(m => m.CourseCode).Order(StringComparer.Ordinal));
        body.Append(Table([[T("Number"), E(CoverageLevel.Introduced), E(CoverageLevel.Reinforced), E(CoverageLevel.Mastered)],
            .. c.Outcomes.Select(o => new[]
            {
                o.Number.ToString(inv), Courses(o.Number, CoverageLevel.Introduced), Courses(o.Number, CoverageLevel.Reinforced),
                Courses(o.Number, CoverageLevel.Mastered),
            })]));
        var gaps = CoverageRules.Of(c);
        body.Append(WordText.Label(T("Uncovered"), gaps.UncoveredOutcomes.Count == 0 ? "—"
            : string.Join(", ", gaps.UncoveredOutcomes.Select(n => "LO" + n.ToString(inv)))));
        body.Append(WordText.Label(T("Unmapped"), gaps.CoursesWithoutOutcomes.Count == 0 ? "—" : string.Join(", ", gaps.CoursesWithoutOutcomes)));
        body.Append(WordTable.Section(landscape: false));
        main.Document.Save();
    }

    private static Table Table(List<string[]> rows) => WordTable.Build(rows, landscape: false, size: Size);
}
