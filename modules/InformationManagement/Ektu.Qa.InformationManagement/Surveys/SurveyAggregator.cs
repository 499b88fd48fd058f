using System.Globalization;
using System.Text.Json;

namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>Counts, means and texts of a group of responses; a question fewer than <c>k</c> answered is suppressed.</summary>
internal static class SurveyAggregator
{
    public static Dictionary<string, string[]> Parse(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string[]>>(json) ?? [];

    public static List<QuestionResultDto> Aggregate(
        IReadOnlyList<SurveyQuestion> questions, IReadOnlyList<Dictionary<string, string[]>> sheets, int k)
    {
        var results = new List<QuestionResultDto>();
        foreach (var q in questions)
        {
            if (q.Kind == QuestionKind.Matrix)
            {
                foreach (var row in q.Rows)
                    results.Add(One(q, q.Key + "." + row.Value, $"{q.Text.Current} — {row.Text.Current}", sheets, k));
            }
            else
            {
                results.Add(One(q, q.Key, q.Text.Current, sheets, k));
            }
        }
        return results;
    }

    private static QuestionResultDto One(SurveyQuestion q, string key, string text, IReadOnlyList<Dictionary<string, string[]>> sheets, int k)
    {
        var answers = sheets.Select(s => s.GetValueOrDefault(key)).OfType<string[]>().ToList();
        var result = new QuestionResultDto { Key = key, Kind = q.Kind, Text = text, Section = q.Section?.Current };
        if (answers.Count < k) return result with { Suppressed = true };
        var options = QuestionnaireRules.HasOptions(q.Kind)
            ? q.Options.Select(o => new OptionCountDto(o.Value, o.Text.Current, answers.Count(a => a.Contains(o.Value)), null)).ToList()
            : [];
        decimal? mean = q.Kind is QuestionKind.Likert or QuestionKind.Matrix or QuestionKind.Number
            ? Mean(answers.Select(a => a[0]))
            : null;
        var texts = q.Kind == QuestionKind.FreeText ? answers.Select(a => a[0]).Order(StringComparer.CurrentCulture).ToList() : [];
        return result with { Answered = answers.Count, Options = options, Mean = mean, Texts = texts };
    }

    private static decimal? Mean(IEnumerable<string> values)
    {
        var numbers = values.Select(v => decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : (decimal?)null)
            .OfType<decimal>().ToList();
        return numbers.Count == 0 ? null : Math.Round(numbers.Average(), 2);
    }
}
