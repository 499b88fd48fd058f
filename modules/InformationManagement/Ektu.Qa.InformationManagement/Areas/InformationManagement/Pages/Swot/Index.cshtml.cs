using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.InformationManagement.Swot;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.InformationManagement.Areas.InformationManagement.Pages.Swot;

/// <summary>SWOT analyses of the units in scope, by year; a new draft; the list to Excel with the items themselves.</summary>
[Authorize(InformationManagementPermissions.Swot.Default)]
internal sealed class IndexModel(ISwotAppService swot, IUnitDirectory units, ICurrentUser user) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty] public SaveSwotInput Input { get; set; } = new();
    [BindProperty] public SwotLists Lists { get; set; } = new();

    public IReadOnlyList<SwotDto> Items { get; private set; } = [];
    public IReadOnlyList<OrganizationUnitDto> Units { get; private set; } = [];
    public bool CanManage { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        Input.Year ??= Clock.Today.Year;
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAndRedirectAsync(async () =>
    {
        var s = await swot.CreateAsync(Lists.Into(Input), ct);
        return RedirectToPage("/Swot/Details", new { id = s.Id });
    }, () => LoadAsync(ct));

    /// <summary>"Export to Excel" of the analyses, each list in one cell.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
        new ExcelFileResult<SwotDto>("swot", L["Menu:InformationManagement.Swot"], new ExcelColumn<SwotDto>[]
        {
            new(L["InformationManagement:Swot.Year"], s => s.Year),
            new(L["InformationManagement:Unit"], s => s.UnitName),
            new(L["InformationManagement:Swot.Strengths"], s => string.Join("\n", s.Strengths)),
            new(L["InformationManagement:Swot.Weaknesses"], s => string.Join("\n", s.Weaknesses)),
            new(L["InformationManagement:Swot.Opportunities"], s => string.Join("\n", s.Opportunities)),
            new(L["InformationManagement:Swot.Threats"], s => string.Join("\n", s.Threats)),
            new(L["InformationManagement:Swot.State"], s => L.Enum(s.State)),
        }, await swot.GetListAsync(Year, ct)));

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Items = await swot.GetListAsync(Year, ct);
        Units = await units.InScopeAsync(ct);
        CanManage = await user.HasPermissionAsync(InformationManagementPermissions.Swot.Manage);
    }
}
