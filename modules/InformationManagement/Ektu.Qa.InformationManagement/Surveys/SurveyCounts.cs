using System.Globalization;
using Dapper;
using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>
/// The counts results are read from (<c>im_survey_counts</c>), raised in the submission's unit of work so a response and its
/// counts commit together. A cell holds a survey, a question key, an answer value and the four strata of the response,
/// never a person key or a time; free-text answers are not copied (their answered count is).
/// </summary>
internal sealed class SurveyCounts(IDbSession db)
{
    private const string Columns = "survey_id, question_key, answer_value, programme, study_year, study_form, language, responses";
    private const string Key = "survey_id, question_key, answer_value, programme, study_year, study_form, language";

    /// <summary>
    /// The cells one answer sheet raises by one: all responses, then per question answered its key and each value chosen
    /// (a number as its invariant decimal). Ordered, so that concurrent submissions lock shared rows in the same order.
    /// </summary>
    public static IReadOnlyList<(string Key, string Value)> Cells(IReadOnlyList<SurveyQuestion> questions,
        IReadOnlyDictionary<string, string[]> answers)
    {
        var cells = new SortedSet<(string Key, string Value)>(Comparer<(string Key, string Value)>.Create((a, b) =>
            string.CompareOrdinal(a.Key, b.Key) is var c and not 0 ? c : string.CompareOrdinal(a.Value, b.Value))) { ("", "") };
        foreach (var q in questions)
        {
            var keys = q.Kind == QuestionKind.Matrix ? q.Rows.Select(r => q.Key + "." + r.Value) : [q.Key];
            foreach (var key in keys)
            {
                if (!answers.TryGetValue(key, out var values)) continue;
                cells.Add((key, ""));
                if (q.Kind == QuestionKind.FreeText) continue;
                foreach (var v in values) cells.Add((key, q.Kind == QuestionKind.Number ? Number(v) : v));
            }
        }
        return [.. cells];
    }

    public async Task AddAsync(Guid surveyId, PopulationMember strata, IReadOnlyList<(string Key, string Value)> cells, CancellationToken ct)
    {
        var p = new DynamicParameters(new { surveyId, strata.Programme, strata.StudyYear, strata.StudyForm, strata.Language });
        var rows = new List<string>(cells.Count);
        for (var i = 0; i < cells.Count; i++)
        {
            p.Add("k" + i, cells[i].Key);
            p.Add("v" + i, cells[i].Value);
            rows.Add($"(@surveyId, @k{i}, @v{i}, @Programme, @StudyYear, @StudyForm, @Language, 1)");
        }
        await db.ExecuteAsync(db.Dialect.UpsertAdd("im_survey_counts", Columns, rows, Key, "responses"), p, ct);
    }

    /// <summary>Every question's counts summed over the responses the filter keeps.</summary>
    public Task<IReadOnlyList<AnswerCount>> SumAsync(Guid surveyId, ResultFilter filter, CancellationToken ct) => db.QueryAsync<AnswerCount>($"""
        SELECT question_key AS QuestionKey, answer_value AS AnswerValue, SUM(responses) AS Responses
        FROM im_survey_counts WHERE survey_id = @surveyId{Where(filter)}
        GROUP BY question_key, answer_value
        """, Args(surveyId, filter), ct);

    /// <summary>All responses of the survey, whatever their strata.</summary>
    public async Task<long> TotalAsync(Guid surveyId, CancellationToken ct) => await db.ExecuteScalarAsync<long?>("""
        SELECT SUM(responses) FROM im_survey_counts WHERE survey_id = @surveyId AND question_key = '' AND answer_value = ''
        """, new { surveyId }, ct) ?? 0;

    /// <summary>The responses and one question's counts per value of a stratum, over the responses the filter keeps.</summary>
    public Task<IReadOnlyList<AnswerCount>> ByStratumAsync(Guid surveyId, string questionKey, string column, ResultFilter filter,
        CancellationToken ct)
    {
        var args = Args(surveyId, filter);
        args.Add("questionKey", questionKey);
        return db.QueryAsync<AnswerCount>($"""
            SELECT question_key AS QuestionKey, answer_value AS AnswerValue, {column} AS Stratum, SUM(responses) AS Responses
            FROM im_survey_counts WHERE survey_id = @surveyId AND question_key IN ('', @questionKey){Where(filter)}
            GROUP BY question_key, answer_value, {column}
            """, args, ct);
    }

    /// <summary>
    /// A number answer is counted as its invariant decimal text: "07" and "7" are one value, and the value's length is bounded
    /// (the answer as typed may hold any number of group separators).
    /// </summary>
    private static string Number(string v) =>
        decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n.ToString(CultureInfo.InvariantCulture) : v;

    private static string Where(ResultFilter f) =>
        (f.Programme == null ? "" : " AND programme = @Programme") + (f.StudyYear == null ? "" : " AND study_year = @StudyYear")
        + (f.StudyForm == null ? "" : " AND study_form = @StudyForm") + (f.Language == null ? "" : " AND language = @Language");

    private static DynamicParameters Args(Guid surveyId, ResultFilter f) =>
        new(new { surveyId, f.Programme, f.StudyYear, f.StudyForm, f.Language });
}
