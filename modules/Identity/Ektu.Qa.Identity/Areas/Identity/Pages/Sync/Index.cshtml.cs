using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Identity.Sync;
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
}
