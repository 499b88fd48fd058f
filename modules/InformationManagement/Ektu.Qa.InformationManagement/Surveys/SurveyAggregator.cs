using System.Globalization;
using System.Text.Json;

namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>
/// Counts, means and texts of a group of responses; a question fewer than <c>k</c> answered is suppressed. Counts and means
/// come from the summed cells of <see cref="SurveyCounts"/>, because results of 100,000 responses × 30 questions must come
/// back within a second and reading the answer sheets alone takes longer (README "Measured figures"); only free texts are read
/// from the sheets.
/// </summary>
internal static class SurveyAggregator
{
    /// <summary>The results of the questions (a matrix one per row) from counts summed over the group; texts are left empty.</summary>
    public static List<QuestionResultDto> FromCounts(IReadOnlyList<SurveyQuestion> questions, IReadOnlyList<AnswerCount> counts, int k)
    {
        var byKey = counts.Where(c => c.QuestionKey.Length > 0).ToLookup(c => c.QuestionKey, StringComparer.Ordinal);
        var results = new List<QuestionResultDto>();
        foreach (var q in questions)
        {
            if (q.Kind != QuestionKind.Matrix)
            {
                results.Add(Result(q, q.Key, q.Text.Current, byKey[q.Key], k));
                continue;
            }
            foreach (var row in q.Rows)
                results.Add(Result(q, q.Key + "." + row.Value, $"{q.Text.Current} — {row.Text.Current}", byKey[q.Key + "." + row.Value], k));
        }
        return results;
    }

    /// <summary>The free-text answers to <paramref name="keys"/> in the answer sheets as stored (JSON objects of answer arrays).</summary>
    public static Dictionary<string, List<string>> Texts(IReadOnlyCollection<string> keys, IEnumerable<string> sheets)
    {
        var texts = keys.ToDictionary(k => k, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var json in sheets)
        {
            foreach (var (key, values) in JsonSerializer.Deserialize<Dictionary<string, string[]>>(json) ?? [])
                if (values is [var first, ..] && texts.TryGetValue(key, out var list)) list.Add(first);
        }
        return texts;
    }

    private static QuestionResultDto Result(SurveyQuestion q, string key, string text, IEnumerable<AnswerCount> cells, int k)
    {
        var result = new QuestionResultDto { Key = key, Kind = q.Kind, Text = text, Section = q.Section?.Current };
        var counts = cells.ToDictionary(c => c.AnswerValue, c => (int)c.Responses, StringComparer.Ordinal);
        var answered = counts.GetValueOrDefault("");
        if (answered < k) return result with { Suppressed = true };
        var options = QuestionnaireRules.HasOptions(q.Kind)
            ? q.Options.Select(o => new OptionCountDto(o.Value, o.Text.Current, counts.GetValueOrDefault(o.Value), null)).ToList()
            : [];
        return result with { Answered = answered, Options = options, Mean = Mean(q, counts) };
    }

    /// <summary>The mean of a scale, matrix row or number: each value counted as a number as often as it was answered.</summary>
    private static decimal? Mean(SurveyQuestion q, Dictionary<string, int> counts)
    {
        if (q.Kind is not (QuestionKind.Likert or QuestionKind.Matrix or QuestionKind.Number)) return null;
        decimal sum = 0;
        var numbers = 0;
        foreach (var (value, count) in counts)
        {
            if (value.Length == 0 || !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var n)) continue;
            sum += n * count;
            numbers += count;
        }
        return numbers == 0 ? null : Math.Round(sum / numbers, 2);
    }
}
