using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Identity.Sync;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Paging;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Identity.Areas.Identity.Pages.Sync;

/// <summary>The sync runs, newest first, each with its counts.</summary>
[Authorize(IdentityPermissions.Sync.Default)]
internal sealed class IndexModel(ISyncAppService sync) : QaPageModel
{
    public PagedResult<SyncRunDto> Result { get; private set; } = new([], 0, 1, 50);

    public Task<IActionResult> OnGetAsync(int? p, CancellationToken ct) => TryAsync(async () =>
    {
        Result = await sync.GetRunsAsync(p ?? 1, 50, ct);
        return Page();
    });

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct) =>
        new ExcelFileResult<SyncRunDto>("sync-runs", L["Menu:Identity.Sync"],
        [
            new(L["Identity:Sync.StartedAt"], r => Clock.Local(r.StartedAt)),
            new(L["Identity:Sync.Kind"], r => L.Enum(r.Kind)),
            new(L["Identity:Sync.Entity"], r => L[$"Identity:Sync.Entity.{r.Entity}"].Value),
            new(L["Identity:Sync.StartedBy"], r => r.StartedBy),
            new(L.Enum(SyncOutcome.Created), r => r.Created),
            new(L.Enum(SyncOutcome.Updated), r => r.Updated),
            new(L.Enum(SyncOutcome.Deactivated), r => r.Deactivated),
            new(L.Enum(SyncOutcome.Unchanged), r => r.Unchanged),
            new(L.Enum(SyncOutcome.Failed), r => r.Failed),
        ], await PagedExport.AllAsync((page, size) => sync.GetRunsAsync(page, size, ct)));
}
