using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.InformationManagement.Surveys;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.InformationManagement.Areas.InformationManagement.Pages.Surveys;

/// <summary>
/// A questionnaire in the reader's language. Fields are named <c>a.&lt;key&gt;</c> (a matrix row <c>a.&lt;key&gt;.&lt;row&gt;</c>);
/// answers to a question whose condition is not met are dropped by the app service.
/// </summary>
[Authorize(InformationManagementPermissions.Surveys.Respond)]
internal sealed class AnswerModel(ISurveyAppService surveys) : QaPageModel
{
    private const string Prefix = "a.";

    public TemplateDto Questionnaire { get; private set; } = new();
    public MySurveyDto? Mine { get; private set; }
    public Dictionary<string, string[]> Posted { get; private set; } = [];

    protected override string FieldPrefix => "";

    protected override string? SavedMessageKey => "InformationManagement:Surveys.Thanks";

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(id, ct);
        return Page();
    });

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) => RunAndRedirectAsync(async () =>
    {
        Posted = Request.Form.Keys.Where(k => k.StartsWith(Prefix, StringComparison.Ordinal))
            .ToDictionary(k => k[Prefix.Length..], k => Request.Form[k].Select(v => v ?? "").ToArray());
        await surveys.SubmitAsync(id, new SubmitAnswersInput { Answers = Posted }, ct);
        return RedirectToPage("/Surveys/Mine");
    }, () => LoadAsync(id, ct));

    public bool Chosen(string key, string value) => Posted.TryGetValue(key, out var v) && v.Contains(value);

    public string Value(string key) => Posted.TryGetValue(key, out var v) && v.Length > 0 ? v[0] : "";

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Questionnaire = await surveys.GetQuestionnaireAsync(id, ct);
        Mine = (await surveys.GetMineAsync(ct)).FirstOrDefault(m => m.Survey.Id == id);
    }
}
