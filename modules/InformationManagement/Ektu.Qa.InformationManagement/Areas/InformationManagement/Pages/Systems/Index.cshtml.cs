using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.InformationManagement.Systems;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Settings;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.InformationManagement.Areas.InformationManagement.Pages.Systems;

/// <summary>The information systems registry: owners, backups, stale restore verifications flagged, latest safety check; a new system.</summary>
[Authorize(InformationManagementPermissions.Systems.Default)]
internal sealed class IndexModel(IInfoSystemAppService systems, IUnitDirectory units, ISettingStore settings, ICurrentUser user) : QaPageModel
{
    [BindProperty] public SaveInfoSystemInput Input { get; set; } = new();

    public IReadOnlyList<InfoSystemDto> Items { get; private set; } = [];
    public SystemForm Form { get; private set; } = null!;
    public int StaleDays { get; private set; }
    public bool CanManage { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAndRedirectAsync(async () =>
    {
        var s = await systems.CreateAsync(Input, ct);
        return RedirectToPage("/Systems/Details", new { id = s.Id });
    }, () => LoadAsync(ct));

    /// <summary>"Export to Excel" of the registry.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
        new ExcelFileResult<InfoSystemDto>("information-systems", L["Menu:InformationManagement.Systems"], new ExcelColumn<InfoSystemDto>[]
        {
            new(L["InformationManagement:Systems.Code"], s => s.Code),
            new(L["InformationManagement:Systems.Name"], s => s.Name),
            new(L["InformationManagement:Systems.OwnerUnit"], s => s.OwnerUnitName),
            new(L["InformationManagement:Systems.Owner"], s => s.Owner),
            new(L["InformationManagement:Systems.Purpose"], s => s.Purpose),
            new(L["InformationManagement:Systems.DataHeld"], s => s.DataHeld),
            new(L["InformationManagement:Systems.BackupSchedule"], s => s.BackupSchedule),
            new(L["InformationManagement:Systems.RestoreVerifiedOn"], s => s.RestoreVerifiedOn),
            new(L["InformationManagement:Systems.RestoreStale"], s => s.RestoreStale),
            new(L["InformationManagement:Systems.AccessControl"], s => s.AccessControl),
            new(L["InformationManagement:Systems.LastCheck"], CheckText),
        }, await systems.GetListAsync(ct)));

    public string CheckText(InfoSystemDto s) => s.LastCheck is not { } c ? L["InformationManagement:Systems.NeverChecked"].Value
        : c.CheckedOn.ToString("d") + " — "
            + (c.Passed ? L["InformationManagement:Systems.CheckPassed"] : L["InformationManagement:Systems.CheckFailed"]);

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Items = await systems.GetListAsync(ct);
        StaleDays = await settings.GetIntAsync(SystemSettings.RestoreStaleDays, ct);
        CanManage = await user.HasPermissionAsync(InformationManagementPermissions.Systems.Manage);
        Form = new SystemForm { Input = Input, Units = CanManage ? await units.InScopeAsync(ct) : [] };
    }
}
