using Ektu.Qa.InformationManagement.Surveys;

namespace Ektu.Qa.InformationManagement.Areas.InformationManagement.Pages.Surveys;

/// <summary>
/// The builder's "add a question" form. Options and matrix rows are one per line, <c>value | kk | ru | en</c>, so a
/// question is added in one post without script.
/// </summary>
internal sealed class QuestionForm
{
    public string? Key { get; set; }
    public QuestionKind Kind { get; set; }
    public string? SectionKk { get; set; }
    public string? SectionRu { get; set; }
    public string? SectionEn { get; set; }
    public string? TextKk { get; set; }
    public string? TextRu { get; set; }
    public string? TextEn { get; set; }
    public string? Options { get; set; }
    public string? Rows { get; set; }
    public bool Required { get; set; }
    public string? ShowIfKey { get; set; }
    public string? ShowIfValue { get; set; }
    public int? Min { get; set; }
    public int? Max { get; set; }

    public SurveyQuestion ToQuestion() => new()
    {
        Key = Key?.Trim() ?? "", Kind = Kind, Text = new(TextKk?.Trim() ?? "", TextRu?.Trim() ?? "", TextEn?.Trim() ?? ""),
        Section = string.IsNullOrWhiteSpace(SectionKk) && string.IsNullOrWhiteSpace(SectionRu) && string.IsNullOrWhiteSpace(SectionEn)
            ? null
            : new(SectionKk?.Trim() ?? "", SectionRu?.Trim() ?? "", SectionEn?.Trim() ?? ""),
        Options = Lines(Options), Rows = Kind == QuestionKind.Matrix ? Lines(Rows) : [], Required = Required,
        ShowIfKey = string.IsNullOrWhiteSpace(ShowIfKey) ? null : ShowIfKey.Trim(),
        ShowIfValue = string.IsNullOrWhiteSpace(ShowIfValue) ? null : ShowIfValue.Trim(), Min = Min, Max = Max,
    };

    private static List<SurveyOption> Lines(string? text) => (text ?? "")
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
        .Select(p => new SurveyOption(p[0], new(p.ElementAtOrDefault(1) ?? "", p.ElementAtOrDefault(2) ?? "", p.ElementAtOrDefault(3) ?? "")))
        .ToList();
}
