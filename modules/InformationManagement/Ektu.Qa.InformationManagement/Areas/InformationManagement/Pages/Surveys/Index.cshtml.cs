using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.InformationManagement.Surveys;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.InformationManagement.Areas.InformationManagement.Pages.Surveys;

/// <summary>The surveys of the units in scope; a new survey of a published template version.</summary>
[Authorize(InformationManagementPermissions.Surveys.Default)]
internal sealed class IndexModel(ISurveyAppService surveys, IUnitDirectory units, ICurrentUser user) : QaPageModel
{
    [BindProperty] public CreateSurveyInput Input { get; set; } = new();

    public IReadOnlyList<SurveyDto> Items { get; private set; } = [];
    public IReadOnlyList<TemplateDto> Published { get; private set; } = [];
    public IReadOnlyList<OrganizationUnitDto> Units { get; private set; } = [];
    public bool CanManage { get; private set; }

    /// <summary>Invitation codes of the survey just created (employers, graduates): shown once, never stored.</summary>
    [TempData] public string? Codes { get; set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () => { await LoadAsync(ct); return Page(); });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAndRedirectAsync(async () =>
    {
        var created = await surveys.CreateAsync(Input, ct);
        if (created.InvitationCodes.Count > 0) Codes = string.Join(" ", created.InvitationCodes);
        return RedirectToPage("/Surveys/Details", new { id = created.Survey.Id });
    }, () => LoadAsync(ct));

    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
        new ExcelFileResult<SurveyDto>("qa-surveys", L["Menu:InformationManagement.Surveys"], new ExcelColumn<SurveyDto>[]
        {
            new(L["InformationManagement:Surveys.Title"], s => s.Title.Current),
            new(L["InformationManagement:Surveys.Unit"], s => s.UnitName),
            new(L["InformationManagement:Surveys.Target"], s => L.Enum(s.Target)),
            new(L["InformationManagement:Surveys.OpensOn"], s => s.OpensOn),
            new(L["InformationManagement:Surveys.ClosesOn"], s => s.ClosesOn),
            new(L["InformationManagement:Surveys.Phase"], s => L.Enum(s.Phase)),
            new(L["InformationManagement:Surveys.Population"], s => s.Population),
            new(L["InformationManagement:Surveys.Respondents"], s => s.Respondents),
        }, await surveys.GetListAsync(ct)));

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Items = await surveys.GetListAsync(ct);
        CanManage = await user.HasPermissionAsync(InformationManagementPermissions.Surveys.Manage);
        Published = (await surveys.GetTemplatesAsync(ct)).Where(t => t.State == TemplateState.Published).ToList();
        Units = await units.InScopeAsync(ct);
    }
}
