using System.Globalization;
using System.Text.RegularExpressions;
using Ektu.Qa.Kernel.Errors;

namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>What makes a questionnaire well formed and an answer sheet valid for it.</summary>
internal static partial class QuestionnaireRules
{
    [GeneratedRegex("^[a-z][a-z0-9_-]{0,39}$")]
    private static partial Regex KeyPattern();

    public static bool IsChoice(QuestionKind k) => k is QuestionKind.SingleChoice or QuestionKind.MultipleChoice or QuestionKind.Likert;

    public static bool HasOptions(QuestionKind k) => IsChoice(k) || k == QuestionKind.Matrix;

    /// <summary>Field errors of a template: texts in three languages, unique keys, options where needed, conditions on earlier answers.</summary>
    public static void Validate(SaveTemplateInput input)
    {
        var check = new Check().Required(nameof(input.Code), input.Code, InformationManagementConsts.CodeMax);
        Texts(check, "Title", input.Title, InformationManagementConsts.TitleMax);
        if (input.Questions.Count > InformationManagementConsts.MaxQuestions) check.Add(nameof(input.Questions), ErrorCodes.TooLong);
        var earlier = new Dictionary<string, SurveyQuestion>(StringComparer.Ordinal);
        for (var i = 0; i < input.Questions.Count; i++)
        {
            var q = input.Questions[i];
            var f = $"Questions[{i}]";
            if (q.Key == null || !KeyPattern().IsMatch(q.Key) || earlier.ContainsKey(q.Key)) check.Add(f + ".Key", SurveyErrorCodes.InvalidQuestion);
            Texts(check, f + ".Text", q.Text, InformationManagementConsts.TextMax);
            if (q.Section != null) Texts(check, f + ".Section", q.Section, InformationManagementConsts.TitleMax);
            if (!Enum.IsDefined(q.Kind)) check.Add(f + ".Kind", SurveyErrorCodes.InvalidQuestion);
            if (HasOptions(q.Kind)) Options(check, f + ".Options", q.Options, min: 2);
            if (q.Kind == QuestionKind.Matrix) Options(check, f + ".Rows", q.Rows, min: 1);
            if (q.Kind == QuestionKind.Likert && q.Options.Any(o => !int.TryParse(o.Value, CultureInfo.InvariantCulture, out _)))
                check.Add(f + ".Options", SurveyErrorCodes.InvalidQuestion);
            if (q.Kind == QuestionKind.Number && q.Min > q.Max) check.Add(f + ".Max", SurveyErrorCodes.InvalidQuestion);
            if (q.ShowIfKey != null)
            {
                // A condition reads an earlier single choice or Likert answer, so a sheet is checked top to bottom once.
                var ok = earlier.TryGetValue(q.ShowIfKey, out var on) && on.Kind is QuestionKind.SingleChoice or QuestionKind.Likert
                    && on.Options.Any(o => o.Value == q.ShowIfValue);
                if (!ok) check.Add(f + ".ShowIfKey", SurveyErrorCodes.InvalidQuestion);
            }
            if (q.Key != null) earlier.TryAdd(q.Key, q);
        }
        check.ThrowIfAny();
    }

    /// <summary>
    /// The answers kept for a sheet: those of questions shown (conditions met), checked against their kind; required
    /// questions that are shown must be answered. Unknown keys are refused rather than dropped, so a caller sees the mistake.
    /// </summary>
    public static Dictionary<string, string[]> Clean(IReadOnlyList<SurveyQuestion> questions, IReadOnlyDictionary<string, string[]> answers)
    {
        var check = new Check();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var q in questions)
        {
            if (q.Kind == QuestionKind.Matrix) foreach (var r in q.Rows) known.Add(q.Key + "." + r.Value);
            else known.Add(q.Key);
        }
        foreach (var key in answers.Keys.Where(k => !known.Contains(k))) check.Add("Answers." + key, SurveyErrorCodes.UnknownQuestion);
        var kept = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var q in questions)
        {
            var shown = q.ShowIfKey == null || (kept.TryGetValue(q.ShowIfKey, out var on) && on.Contains(q.ShowIfValue));
            if (!shown) continue;
            var keys = q.Kind == QuestionKind.Matrix ? q.Rows.Select(r => q.Key + "." + r.Value).ToList() : [q.Key];
            foreach (var key in keys)
            {
                var values = answers.TryGetValue(key, out var v) ? v.Where(x => !string.IsNullOrWhiteSpace(x)).Select(x => x.Trim()).ToArray() : [];
                if (values.Length == 0)
                {
                    if (q.Required) check.Add("Answers." + key, ErrorCodes.Required);
                    continue;
                }
                if (!Valid(q, values)) check.Add("Answers." + key, SurveyErrorCodes.InvalidAnswer);
                else kept[key] = values;
            }
        }
        check.ThrowIfAny();
        return kept;
    }

    private static bool Valid(SurveyQuestion q, string[] values) => q.Kind switch
    {
        QuestionKind.MultipleChoice => values.Distinct().Count() == values.Length && values.All(v => q.Options.Any(o => o.Value == v)),
        QuestionKind.FreeText => values.Length == 1 && values[0].Length <= InformationManagementConsts.AnswerTextMax,
        QuestionKind.Number => values.Length == 1 && decimal.TryParse(values[0], NumberStyles.Number, CultureInfo.InvariantCulture, out var n)
            && (q.Min == null || n >= q.Min) && (q.Max == null || n <= q.Max),
        _ => values.Length == 1 && q.Options.Any(o => o.Value == values[0]),
    };

    private static void Texts(Check check, string field, SurveyText? text, int max) => check
        .Required(field + ".Kk", text?.Kk, max).Required(field + ".Ru", text?.Ru, max).Required(field + ".En", text?.En, max);

    private static void Options(Check check, string field, IReadOnlyList<SurveyOption>? options, int min)
    {
        if (options == null || options.Count < min || options.Count > InformationManagementConsts.MaxOptions
            || options.Select(o => o?.Value).Distinct().Count() != options.Count
            || options.Any(o => o == null || string.IsNullOrWhiteSpace(o.Value) || o.Value.Length > InformationManagementConsts.StratumMax))
        {
            check.Add(field, SurveyErrorCodes.InvalidQuestion);
            return;
        }
        for (var i = 0; i < options.Count; i++) Texts(check, $"{field}[{i}]", options[i].Text, InformationManagementConsts.TitleMax);
    }
}
