using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Identity.Sync;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Identity.Areas.Identity.Pages.Sync;

/// <summary>One sync run: its counts and every item that changed or failed, with the reason.</summary>
[Authorize(IdentityPermissions.Sync.Default)]
internal sealed class RunModel(ISyncAppService sync, IPeopleImportAppService import) : QaPageModel
{
    public SyncRunDto Run { get; private set; } = null!;
    public IReadOnlyList<SyncRunItemDto> Items { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => TryAsync(async () =>
    {
        Run = await sync.GetRunAsync(id, ct);
        Items = await sync.GetRunItemsAsync(id, ct);
        return Page();
    });

    public Task<IActionResult> OnGetResultAsync(Guid id, CancellationToken ct) => TryAsync(async () =>
        (await import.GetResultFileAsync(id, ct)).ToActionResult());
}
