using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.InformationManagement.Surveys;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.InformationManagement.Areas.InformationManagement.Pages.Surveys;

/// <summary>The questionnaire builder: a draft version's questions (add, remove), publishing, and a new version of a published one.</summary>
[Authorize(InformationManagementPermissions.Surveys.Default)]
internal sealed class TemplateModel(ISurveyAppService surveys, ICurrentUser user) : QaPageModel
{
    [BindProperty] public QuestionForm Question { get; set; } = new();
    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? RemoveKey { get; set; }

    public TemplateDto Template { get; private set; } = new();
    public bool CanEdit { get; private set; }
    public bool CanManage { get; private set; }

    protected override string FieldPrefix => "";

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => TryAsync(async () => { await LoadAsync(id, ct); return Page(); });

    public Task<IActionResult> OnPostAddAsync(Guid id, CancellationToken ct) => RunAndRedirectAsync(async () =>
    {
        var t = await surveys.GetTemplateAsync(id, ct);
        await surveys.UpdateTemplateAsync(id, Input(t, [.. t.Questions, Question.ToQuestion()]), ct);
    }, () => RedirectToPage(new { id }), () => LoadAsync(id, ct));

    public Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken ct) => RunAndRedirectAsync(async () =>
    {
        var t = await surveys.GetTemplateAsync(id, ct);
        await surveys.UpdateTemplateAsync(id, Input(t, [.. t.Questions.Where(q => q.Key != RemoveKey)]), ct);
    }, () => RedirectToPage(new { id }), () => LoadAsync(id, ct));

    public Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct) => RunAndRedirectAsync(
        () => surveys.PublishTemplateAsync(id, Version, ct), () => RedirectToPage(new { id }), () => LoadAsync(id, ct));

    public Task<IActionResult> OnPostNewVersionAsync(Guid id, CancellationToken ct) => RunAndRedirectAsync(async () =>
    {
        var t = await surveys.NewTemplateVersionAsync(id, ct);
        return RedirectToPage(new { id = t.Id });
    }, () => LoadAsync(id, ct));

    private SaveTemplateInput Input(TemplateDto t, List<SurveyQuestion> questions) =>
        new() { Code = t.Code, Title = t.Title, Questions = questions, Version = Version };

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Template = await surveys.GetTemplateAsync(id, ct);
        Version = Template.Version;
        CanManage = await user.HasPermissionAsync(InformationManagementPermissions.Surveys.Manage);
        CanEdit = CanManage && Template.State == TemplateState.Draft;
    }
}
