using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.InformationManagement.Surveys;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.InformationManagement.Areas.InformationManagement.Pages.Surveys;

/// <summary>Questionnaire templates and their versions; a new template starts as an empty draft in the builder.</summary>
[Authorize(InformationManagementPermissions.Surveys.Default)]
internal sealed class TemplatesModel(ISurveyAppService surveys, ICurrentUser user) : QaPageModel
{
    [BindProperty] public SaveTemplateInput Input { get; set; } = new();

    public IReadOnlyList<TemplateDto> Items { get; private set; } = [];
    public bool CanManage { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () => { await LoadAsync(ct); return Page(); });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAndRedirectAsync(async () =>
    {
        var t = await surveys.CreateTemplateAsync(Input with { Questions = [] }, ct);
        return RedirectToPage("/Surveys/Template", new { id = t.Id });
    }, () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Items = await surveys.GetTemplatesAsync(ct);
        CanManage = await user.HasPermissionAsync(InformationManagementPermissions.Surveys.Manage);
    }
}
