using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.InformationManagement.Systems;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.InformationManagement.Areas.InformationManagement.Pages.Systems;

/// <summary>One information system: its record (edit, restore verified), its safety checks and a new check by the caller.</summary>
[Authorize(InformationManagementPermissions.Systems.Default)]
internal sealed class DetailsModel(IInfoSystemAppService systems, ICurrentUser user) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public SaveInfoSystemInput Input { get; set; } = new();
    [BindProperty] public SaveSafetyCheckInput Check { get; set; } = new();

    /// <summary>The points of the checklist (DOMAIN §8), in the order the page and the export show them.</summary>
    public IReadOnlyList<string> Points { get; } =
        [nameof(SafetyCheckDto.Authority), nameof(SafetyCheckDto.Antivirus), nameof(SafetyCheckDto.Administration),
            nameof(SafetyCheckDto.Backups), nameof(SafetyCheckDto.ServerRoom), nameof(SafetyCheckDto.Passwords)];

    public InfoSystemDetailsDto Details { get; private set; } = null!;
    public SystemForm Form { get; private set; } = null!;
    public bool CanManage { get; private set; }

    protected override string FieldPrefix => "";

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct, fillForm: true);
        return Page();
    });

    /// <summary>"Export to Excel" of the system's safety checks.</summary>
    public Task<IActionResult> OnGetExportChecksAsync(CancellationToken ct) => TryAsync(async () =>
    {
        var columns = new List<ExcelColumn<SafetyCheckDto>>
        {
            new(L["InformationManagement:Systems.CheckedOn"], c => c.CheckedOn),
            new(L["InformationManagement:Systems.CheckedBy"], c => c.CheckedByName),
        };
        columns.AddRange(Points.Select(p => new ExcelColumn<SafetyCheckDto>(L[PointKey(p)], c => Met(c, p))));
        columns.Add(new(L["InformationManagement:Systems.Note"], c => c.Note));
        return new ExcelFileResult<SafetyCheckDto>("safety-checks", L["InformationManagement:Systems.Checks"], columns,
            (await systems.GetAsync(Id, ct)).Checks);
    });

    public Task<IActionResult> OnPostCheckAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => systems.AddCheckAsync(Id, Check, ct), Back, () => LoadAsync(ct));

    public Task<IActionResult> OnPostEditAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => systems.UpdateAsync(Id, Input, ct), Back, () => LoadAsync(ct));

    /// <summary>The name of a checklist point.</summary>
    public string PointKey(string point) => "InformationManagement:Systems.Point." + point;

    public bool Met(SafetyCheckDto c, string point) => point switch
    {
        nameof(SafetyCheckDto.Authority) => c.Authority,
        nameof(SafetyCheckDto.Antivirus) => c.Antivirus,
        nameof(SafetyCheckDto.Administration) => c.Administration,
        nameof(SafetyCheckDto.Backups) => c.Backups,
        nameof(SafetyCheckDto.ServerRoom) => c.ServerRoom,
        _ => c.Passwords,
    };

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private IActionResult Back() => RedirectToPage("/Systems/Details", new { id = Id });

    private async Task LoadAsync(CancellationToken ct, bool fillForm = false)
    {
        Details = await systems.GetAsync(Id, ct);
        var s = Details.System;
        CanManage = await user.HasPermissionAsync(InformationManagementPermissions.Systems.Manage);
        if (fillForm)
            Input = new SaveInfoSystemInput
            {
                Code = s.Code, Name = s.Name, OwnerUnitId = s.OwnerUnitId, Owner = s.Owner, Purpose = s.Purpose, DataHeld = s.DataHeld,
                BackupSchedule = s.BackupSchedule, RestoreVerifiedOn = s.RestoreVerifiedOn, AccessControl = s.AccessControl, Version = s.Version,
            };
        Form = new SystemForm { Input = Input, Editing = true };
    }
}
