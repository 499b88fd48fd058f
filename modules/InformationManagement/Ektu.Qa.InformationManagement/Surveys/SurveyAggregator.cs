using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>
/// Counts, means and texts of a group of responses; a question fewer than <c>k</c> answered is suppressed. The answer
/// sheets are read in one pass with a JSON reader straight into per-question tallies (no dictionary per sheet), because
/// results of 100,000 responses × 30 questions must come back within a second (README "Performance").
/// </summary>
internal static class SurveyAggregator
{
    public static Dictionary<string, string[]> Parse(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string[]>>(json) ?? [];

    /// <summary>The results of the questions over the answer sheets as stored (JSON objects of answer arrays).</summary>
    public static List<QuestionResultDto> Aggregate(IReadOnlyList<SurveyQuestion> questions, IReadOnlyList<string> sheets, int k)
    {
        var tallies = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var order = new List<(SurveyQuestion Question, string Key, string Text, Tally Tally)>();
        foreach (var q in questions)
        {
            if (q.Kind == QuestionKind.Matrix)
            {
                foreach (var row in q.Rows) Add(q, q.Key + "." + row.Value, $"{q.Text.Current} — {row.Text.Current}");
            }
            else
            {
                Add(q, q.Key, q.Text.Current);
            }
        }
        var lookup = tallies.GetAlternateLookup<ReadOnlySpan<char>>();
        var sheet = 0;
        var chars = new char[256];
        foreach (var json in sheets)
        {
            sheet++;
            var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
            try
            {
                var reader = new Utf8JsonReader(bytes.AsSpan(0, Encoding.UTF8.GetBytes(json, bytes)));
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) continue;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    Text(ref reader, chars, out var key);
                    var tally = lookup.TryGetValue(key, out var known) ? known : null;
                    reader.Read();
                    if (tally == null || reader.TokenType != JsonTokenType.StartArray)
                    {
                        reader.Skip();
                        continue;
                    }
                    tally.Answered++;
                    var first = true;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        if (reader.TokenType != JsonTokenType.String) continue;
                        if (first) tally.First(ref reader, chars);
                        first = false;
                        if (tally.Options is not { } options) continue;
                        Text(ref reader, chars, out var value);
                        if (options.TryGetValue(value, out var index) && tally.LastSheet[index] != sheet)
                        {
                            // An option listed twice in one sheet counts once, as "the sheet contains the option".
                            tally.LastSheet[index] = sheet;
                            tally.Counts[index]++;
                        }
                    }
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
        return order.Select(o => Result(o.Question, o.Key, o.Text, o.Tally, k)).ToList();

        void Add(SurveyQuestion q, string key, string text)
        {
            var tally = new Tally(q);
            tallies[key] = tally;
            order.Add((q, key, text, tally));
        }
    }

    /// <summary>The current string or property name as characters, copied into <paramref name="buffer"/> when it fits.</summary>
    private static void Text(ref Utf8JsonReader reader, Span<char> buffer, out ReadOnlySpan<char> text)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        text = length > buffer.Length ? (reader.GetString() ?? "").AsSpan() : buffer[..reader.CopyString(buffer)];
    }

    private static QuestionResultDto Result(SurveyQuestion q, string key, string text, Tally t, int k)
    {
        var result = new QuestionResultDto { Key = key, Kind = q.Kind, Text = text, Section = q.Section?.Current };
        if (t.Answered < k) return result with { Suppressed = true };
        var options = QuestionnaireRules.HasOptions(q.Kind)
            ? q.Options.Select(o => new OptionCountDto(o.Value, o.Text.Current, t.Count(o.Value), null)).ToList()
            : [];
        decimal? mean = t.Numeric ? (t.Numbers == 0 ? null : Math.Round(t.Sum / t.Numbers, 2)) : null;
        var texts = t.Texts?.Order(StringComparer.CurrentCulture).ToList() ?? [];
        return result with { Answered = t.Answered, Options = options, Mean = mean, Texts = texts };
    }

    /// <summary>The running figures of one question (or matrix row): how many answered, per option, the numbers' sum, the texts.</summary>
    private sealed class Tally
    {
        public Tally(SurveyQuestion q)
        {
            Numeric = q.Kind is QuestionKind.Likert or QuestionKind.Matrix or QuestionKind.Number;
            if (q.Kind == QuestionKind.FreeText) Texts = [];
            if (!QuestionnaireRules.HasOptions(q.Kind)) return;
            var values = q.Options.Select(o => o.Value).Distinct(StringComparer.Ordinal).ToList();
            Options = values.Select((v, i) => (v, i)).ToDictionary(x => x.v, x => x.i, StringComparer.Ordinal)
                .GetAlternateLookup<ReadOnlySpan<char>>();
            Counts = new int[values.Count];
            LastSheet = new int[values.Count];
        }

        public bool Numeric { get; }
        public int Answered { get; set; }
        public decimal Sum { get; private set; }
        public int Numbers { get; private set; }
        public List<string>? Texts { get; }
        public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>? Options { get; }
        public int[] Counts { get; } = [];
        public int[] LastSheet { get; } = [];

        public int Count(string value) => Options != null && Options.Value.TryGetValue(value.AsSpan(), out var i) ? Counts[i] : 0;

        /// <summary>The first answer of a sheet: the number of a scale or number question, the text of a free-text one.</summary>
        public void First(ref Utf8JsonReader reader, Span<char> buffer)
        {
            if (Texts != null) Texts.Add(reader.GetString() ?? "");
            if (!Numeric) return;
            Text(ref reader, buffer, out var text);
            if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n)) return;
            Sum += n;
            Numbers++;
        }
    }
}
