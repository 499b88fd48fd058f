using Ektu.Qa.Kernel.Errors;

namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>
/// Every figure read from the answers goes through here, so the minimum group size (<see cref="Disclosure"/>) holds for
/// pages, filters, cross-tabs, exports and the API alike. The caller has checked permission and scope. Results, filters and
/// stratum cross-tabs read the counts (<see cref="SurveyCounts"/>); free texts alone are read from the answer sheets.
/// </summary>
internal sealed class SurveyResults(SurveyRepository surveys, SurveyCounts counts, TemplateRepository templates)
{
    public async Task<SurveyResultsDto> ResultsAsync(SurveyDto s, ResultFilter filter, int k, CancellationToken ct)
    {
        var template = (await templates.FindAsync(s.TemplateId, ct))!;
        var current = await GroupAsync(s.Id, template.Questions, filter, k, ct);
        if (current == null) return new SurveyResultsDto { Survey = s, Filter = filter, Suppressed = true };

        var previous = await surveys.FindPreviousAsync(s.TemplateCode, s.UnitId, s.Target.ToString(), s.ClosesOn.Year, ct);
        var before = previous == null
            ? null
            : await GroupAsync(previous.Id, template.Questions, filter, Math.Max(k, previous.MinGroupSize), ct);
        var questions = current.Value.Questions.Select(q => Compare(q, before?.Questions.FirstOrDefault(p => p.Key == q.Key))).ToList();
        return new SurveyResultsDto
        {
            Survey = s, Filter = filter, Responses = current.Value.Count, PreviousSurveyId = previous?.Id, Questions = questions,
        };
    }

    public async Task<CrossTabDto> CrossTabAsync(SurveyDto s, string questionKey, StratumDimension dimension, ResultFilter filter, int k,
        CancellationToken ct)
    {
        var template = (await templates.FindAsync(s.TemplateId, ct))!;
        var (question, key) = Find(template.Questions, questionKey);
        if (!Enum.IsDefined(dimension)) throw ValidationException.For("dimension", SurveyErrorCodes.InvalidAnswer);
        var empty = new CrossTabDto { QuestionKey = key, Dimension = dimension };
        var all = await counts.TotalAsync(s.Id, ct);
        var cells = await counts.ByStratumAsync(s.Id, key, Column(dimension), filter, ct);
        var responses = cells.Where(c => c.QuestionKey.Length == 0 && c.Responses > 0).ToList();
        if (!Disclosure.Shows((int)responses.Sum(c => c.Responses), (int)all, k)) return empty;

        // A column is a value of the stratum some response of the group holds; its size is how many of them answered the question.
        var columns = responses.Select(c => c.Stratum).Distinct().Order(StringComparer.Ordinal).ToList();
        var answers = cells.Where(c => c.QuestionKey == key).ToDictionary(c => (c.Stratum, c.AnswerValue), c => (int)c.Responses);
        int Count(string column, string value) => answers.GetValueOrDefault((column, value));
        var hidden = Disclosure.HiddenColumns(columns.Select(c => Count(c, "")).ToList(), k);
        var rows = question.Options.Select(o => new CrossTabRowDto(o.Text.Current,
            columns.Select((c, i) => hidden[i] ? (int?)null : Count(c, o.Value)).ToList())).ToList();
        return empty with
        {
            Columns = columns,
            ColumnTotals = columns.Select((c, i) => hidden[i] ? (int?)null : Count(c, "")).ToList(),
            Rows = rows,
        };
    }

    public async Task<IReadOnlyList<ResponseRateDto>> RatesAsync(SurveyDto s, CancellationToken ct)
    {
        var overall = Representativeness.Row(null, "", s.Population, s.Respondents, 0);
        var list = new List<ResponseRateDto> { overall };
        if (s.Target != SurveyTarget.Students) return list;
        foreach (var d in Enum.GetValues<StratumDimension>())
        {
            foreach (var c in await surveys.CountByAsync(s.Id, Column(d), ct))
                list.Add(Representativeness.Row(d, c.Value, (int)c.Population, (int)c.Respondents, overall.Rate));
        }
        return list;
    }

    /// <summary>The filtered group's results, or null when the minimum group size hides it.</summary>
    private async Task<(int Count, List<QuestionResultDto> Questions)?> GroupAsync(
        Guid surveyId, IReadOnlyList<SurveyQuestion> questions, ResultFilter filter, int k, CancellationToken ct)
    {
        var sums = await counts.SumAsync(surveyId, filter, ct);
        var group = (int)sums.Where(c => c.QuestionKey.Length == 0 && c.AnswerValue.Length == 0).Sum(c => c.Responses);
        var all = group;
        if (!filter.IsEmpty) all = (int)await counts.TotalAsync(surveyId, ct);
        if (!Disclosure.Shows(group, all, k)) return null;
        var results = SurveyAggregator.FromCounts(questions, sums, k);
        var texts = results.Where(r => r.Kind == QuestionKind.FreeText && !r.Suppressed).Select(r => r.Key).ToList();
        if (texts.Count == 0) return (group, results);
        // Free texts are not counted: they are read from the group's answer sheets, and only when a text question is shown.
        var read = SurveyAggregator.Texts(texts, await surveys.GetAnswersAsync(surveyId, filter, ct));
        return (group, results
            .Select(r => read.TryGetValue(r.Key, out var t) ? r with { Texts = t.Order(StringComparer.CurrentCulture).ToList() } : r).ToList());
    }

    private static QuestionResultDto Compare(QuestionResultDto now, QuestionResultDto? before)
    {
        if (now.Suppressed || before == null || before.Suppressed) return now;
        return now with
        {
            PreviousMean = before.Mean,
            Options = now.Options.Select(o => o with { PreviousCount = before.Options.FirstOrDefault(p => p.Value == o.Value)?.Count }).ToList(),
        };
    }

    private static (SurveyQuestion Question, string Key) Find(IReadOnlyList<SurveyQuestion> questions, string key)
    {
        foreach (var q in questions.Where(q => QuestionnaireRules.HasOptions(q.Kind)))
        {
            if (q.Kind != QuestionKind.Matrix && q.Key == key) return (q, key);
            if (q.Kind == QuestionKind.Matrix && q.Rows.Any(r => q.Key + "." + r.Value == key)) return (q, key);
        }
        throw ValidationException.For("questionKey", SurveyErrorCodes.UnknownQuestion);
    }

    private static string Column(StratumDimension d) => d switch
    {
        StratumDimension.Programme => "programme",
        StratumDimension.StudyYear => "study_year",
        StratumDimension.StudyForm => "study_form",
        _ => "language",
    };
}
