using System.Text.Json;
using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.InformationManagement.Surveys;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.InformationManagement.Areas.InformationManagement.Pages.Surveys;

/// <summary>
/// Results with charts, filters, a cross-tab and last year's figures; the Excel export is the same result, so the
/// minimum group size holds for it as for the page (<see cref="SurveyResults"/>).
/// </summary>
[Authorize(InformationManagementPermissions.Surveys.Default)]
internal sealed class ResultsModel(ISurveyAppService surveys) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public string? Programme { get; set; }
    [BindProperty(SupportsGet = true)] public string? StudyYear { get; set; }
    [BindProperty(SupportsGet = true)] public string? StudyForm { get; set; }
    [BindProperty(SupportsGet = true)] public string? Language { get; set; }
    [BindProperty(SupportsGet = true)] public string? CrossQuestion { get; set; }
    [BindProperty(SupportsGet = true)] public StratumDimension? CrossBy { get; set; }

    public SurveyResultsDto Results { get; private set; } = new();
    public CrossTabDto? CrossTab { get; private set; }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => TryAsync(async () =>
    {
        Results = await surveys.GetResultsAsync(id, Filter(), ct);
        if (!string.IsNullOrEmpty(CrossQuestion) && CrossBy is { } by) CrossTab = await surveys.GetCrossTabAsync(id, CrossQuestion, by, Filter(), ct);
        return Page();
    });

    public Task<IActionResult> OnGetExportAsync(Guid id, CancellationToken ct) => TryAsync(async () =>
    {
        var r = await surveys.GetResultsAsync(id, Filter(), ct);
        var rows = r.Questions.Where(q => !q.Suppressed)
            .SelectMany(q => q.Options.Count > 0
                ? q.Options.Select(o => new ExportRow(q.Text, o.Label, o.Count, o.PreviousCount, q.Mean, q.PreviousMean))
                : q.Texts.Count > 0 ? q.Texts.Select(t => new ExportRow(q.Text, t, null, null, null, null))
                : [new ExportRow(q.Text, "", q.Answered, null, q.Mean, q.PreviousMean)])
            .ToList();
        return new ExcelFileResult<ExportRow>("qa-survey-results", r.Survey.Title.Current, new ExcelColumn<ExportRow>[]
        {
            new(L["InformationManagement:Surveys.Question"], x => x.Question),
            new(L["InformationManagement:Surveys.Answer"], x => x.Answer),
            new(L["InformationManagement:Surveys.Count"], x => x.Count),
            new(L["InformationManagement:Surveys.PreviousCount"], x => x.PreviousCount),
            new(L["InformationManagement:Surveys.Mean"], x => x.Mean),
            new(L["InformationManagement:Surveys.PreviousMean"], x => x.PreviousMean),
        }, rows);
    });

    /// <summary>A question's counts for <c>frontend/site.js</c>'s chart (the dashboard's format), this year beside last year.</summary>
    public string ChartData(QuestionResultDto q) => JsonSerializer.Serialize(new
    {
        kind = "bar",
        labels = q.Options.Select(o => o.Label),
        series = new[] { new { name = L["InformationManagement:Surveys.Count"].Value, values = q.Options.Select(o => (decimal?)o.Count) } }
            .Concat(q.Options.Any(o => o.PreviousCount != null)
                ? [new { name = L["InformationManagement:Surveys.PreviousCount"].Value, values = q.Options.Select(o => (decimal?)o.PreviousCount) }]
                : []),
        unit = "",
        stacked = false,
    });

    public ResultFilter Filter() => new FilterQuery(Programme, StudyYear, StudyForm, Language).ToFilter();

    public string Kind(QuestionKind k) => L.Enum(k);

    internal sealed record ExportRow(string Question, string Answer, int? Count, int? PreviousCount, decimal? Mean, decimal? PreviousMean);
}
