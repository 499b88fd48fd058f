using Ektu.Qa.Identity;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.Improvement.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Improvement.Areas.Improvement.Pages.Capa;

/// <summary>CAPA plans: the items of a unit and below (a school's consolidated view), the per-unit summary, a new item.</summary>
[Authorize(ImprovementPermissions.Capa.Default)]
internal sealed class IndexModel(
    ICapaAppService capa, IUnitDirectory units, CapaSourceCatalog sources, IIdentityIntegrationService identity, ICurrentUser user) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid? UnitId { get; set; }
    [BindProperty(SupportsGet = true)] public bool OverdueOnly { get; set; }
    [BindProperty(SupportsGet = true)] public bool OpenOnly { get; set; }
    [BindProperty] public SaveCapaItemInput Input { get; set; } = new();
    [BindProperty] public string? OwnerUserName { get; set; }

    public IReadOnlyList<CapaItemDto> Items { get; private set; } = [];
    public IReadOnlyList<CapaUnitSummaryDto> Summary { get; private set; } = [];
    public IReadOnlyList<OrganizationUnitDto> Units { get; private set; } = [];
    public bool CanManage { get; private set; }

    /// <summary>The kinds a person raises an item from by hand: those without a record page of their own.</summary>
    public IReadOnlyList<CapaSourceKind> ManualSources { get; private set; } = [];

    public string SourceName(string key) => L[sources.NameKey(key)];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () => { await LoadAsync(ct); return Page(); });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => TryAsync(async () =>
    {
        Input.OwnerUserId = await OwnerAsync(identity, OwnerUserName, ct);
        var item = await capa.CreateAsync(Input, ct);
        return RedirectToPage("/Capa/Details", new { id = item.Id });
    });

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    /// <summary>The owner's id by user name; an unknown name gives an id of nobody, which validation reports on the owner field.</summary>
    internal static async Task<Guid> OwnerAsync(IIdentityIntegrationService identity, string? userName, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(userName)
            ? Guid.Empty
            : (await identity.GetUsersByNameAsync([userName.Trim()], ct)).FirstOrDefault()?.Id ?? Guid.NewGuid();

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = await units.ScopeAsync(ct);
        Units = (await units.UnitsAsync(ct)).Values.Where(u => scope.Contains(u.Id))
            .OrderBy(u => u.Depth).ThenBy(u => u.Name, StringComparer.CurrentCulture).ToList();
        Items = await capa.GetListAsync(Filter(), ct);
        var root = UnitId ?? Units.FirstOrDefault()?.Id;
        Summary = root is { } r ? await capa.GetSummaryAsync(r, ct) : [];
        CanManage = await user.HasPermissionAsync(ImprovementPermissions.Capa.Manage);
        ManualSources = [.. sources.All.Where(k => k.Page == null)];
    }

    /// <summary>"Export to Excel": the items of the current filter (unit and below, overdue only, open only).</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
        new ExcelFileResult<CapaItemDto>("qa-capa", L["Menu:Improvement.Capa"], new ExcelColumn<CapaItemDto>[]
        {
            new(L["Improvement:Capa.Unit"], i => i.UnitName),
            new(L["Improvement:Capa.Source"], i => SourceName(i.Source)),
            new(L["Improvement:Capa.Problem"], i => i.Problem),
            new(L["Improvement:Export.CorrectiveAction"], i => i.CorrectiveAction),
            new(L["Improvement:Capa.Owner"], i => i.OwnerName),
            new(L["Improvement:Capa.Deadline"], i => i.Deadline),
            new(L["Improvement:Capa.State"], i => L.Enum(i.State)),
            new(L["Improvement:Capa.Overdue"], i => i.IsOverdue),
            new(L["Improvement:Export.ClosedOn"], i => i.ClosedOn),
            new(L["Improvement:Export.ReopenCount"], i => i.ReopenCount),
        }, await capa.GetListAsync(Filter(), ct)));

    private CapaFilter Filter() => new() { UnitId = UnitId, OverdueOnly = OverdueOnly, OpenOnly = OpenOnly };
}
