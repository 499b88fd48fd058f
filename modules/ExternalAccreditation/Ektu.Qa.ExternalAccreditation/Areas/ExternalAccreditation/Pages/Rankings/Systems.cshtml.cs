using Ektu.Qa.ExternalAccreditation.Permissions;
using Ektu.Qa.ExternalAccreditation.Rankings;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.ExternalAccreditation.Areas.ExternalAccreditation.Pages.Rankings;

/// <summary>The ranking systems as reference data: rename, mark as ranking programmes, deactivate; a new one.</summary>
[Authorize(ExternalAccreditationPermissions.Rankings.Default)]
internal sealed class SystemsModel(IRankingAppService rankings, ICurrentUser user) : QaPageModel
{
    [BindProperty] public SaveRankingSystemInput Input { get; set; } = new();
    [BindProperty] public Guid ItemId { get; set; }

    public IReadOnlyList<RankingSystemDto> Items { get; private set; } = [];
    public bool CanManage { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => rankings.CreateSystemAsync(Input, ct), () => RedirectToPage("/Rankings/Systems"), () => LoadAsync(ct));

    public Task<IActionResult> OnPostUpdateAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => rankings.UpdateSystemAsync(ItemId, Input, ct), () => RedirectToPage("/Rankings/Systems"), () => LoadAsync(ct));

    /// <summary>"Export to Excel" of the ranking systems.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
        new ExcelFileResult<RankingSystemDto>("ranking-systems", L["ExternalAccreditation:Rankings.Systems"], new ExcelColumn<RankingSystemDto>[]
        {
            new(L["ExternalAccreditation:Rankings.Code"], s => s.Code),
            new(L["ExternalAccreditation:Rankings.Name"], s => s.Name),
            new(L["ExternalAccreditation:Rankings.RanksProgrammes"], s => s.RanksProgrammes),
            new(L["ExternalAccreditation:Rankings.IsActive"], s => s.IsActive),
        }, await rankings.GetSystemsAsync(ct)));

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Items = await rankings.GetSystemsAsync(ct);
        CanManage = await user.HasPermissionAsync(ExternalAccreditationPermissions.Rankings.Manage);
    }
}
