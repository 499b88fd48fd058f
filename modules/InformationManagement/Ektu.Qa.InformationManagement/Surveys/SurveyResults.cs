using Ektu.Qa.Kernel.Errors;

namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>
/// Every figure read from the answers goes through here, so the minimum group size (<see cref="Disclosure"/>) holds for
/// pages, filters, cross-tabs, exports and the API alike. The caller has checked permission and scope.
/// </summary>
internal sealed class SurveyResults(SurveyRepository surveys, TemplateRepository templates)
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
        var all = await surveys.GetResponsesAsync(s.Id, ct);
        var group = all.Where(r => r.Matches(filter)).ToList();
        var empty = new CrossTabDto { QuestionKey = key, Dimension = dimension };
        if (!Disclosure.Shows(group.Count, all.Count, k)) return empty;

        var columns = group.GroupBy(r => r.Stratum(dimension)).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Value: g.Key, Sheets: g.Select(r => SurveyAggregator.Parse(r.Answers)).Where(a => a.ContainsKey(key)).ToList()))
            .ToList();
        var hidden = Disclosure.HiddenColumns(columns.Select(c => c.Sheets.Count).ToList(), k);
        var rows = question.Options.Select(o => new CrossTabRowDto(o.Text.Current,
            columns.Select((c, i) => hidden[i] ? (int?)null : c.Sheets.Count(a => a[key].Contains(o.Value))).ToList())).ToList();
        return empty with
        {
            Columns = columns.Select(c => c.Value).ToList(),
            ColumnTotals = columns.Select((c, i) => hidden[i] ? (int?)null : c.Sheets.Count).ToList(),
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
        var all = await surveys.GetResponsesAsync(surveyId, ct);
        var group = all.Where(r => r.Matches(filter)).ToList();
        if (!Disclosure.Shows(group.Count, all.Count, k)) return null;
        return (group.Count, SurveyAggregator.Aggregate(questions, group.Select(r => r.Answers).ToList(), k));
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
