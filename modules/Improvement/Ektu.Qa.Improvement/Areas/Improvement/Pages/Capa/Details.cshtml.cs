using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.Improvement.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Improvement.Areas.Improvement.Pages.Capa;

/// <summary>A CAPA item and the moves open to the caller (the effectiveness check once it is due).</summary>
[Authorize(ImprovementPermissions.Capa.Default)]
internal sealed class DetailsModel(ICapaAppService capa, CapaSourceCatalog sources, ICurrentUser user) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public CapaTransitionInput Input { get; set; } = new();

    public CapaItemDto Item { get; private set; } = new();
    public IReadOnlyList<CapaState> Moves { get; private set; } = [];

    /// <summary>The registered kind of the item's source: its name and the page of its record.</summary>
    public CapaSourceKind? Source { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () => { await LoadAsync(ct); return Page(); });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await capa.MoveAsync(Id, Input, ct);
        return RedirectToPage("/Capa/Details", new { id = Id });
    });

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Item = await capa.GetAsync(Id, ct);
        Source = sources.Find(Item.Source);
        var manage = await user.HasPermissionAsync(ImprovementPermissions.Capa.Manage);
        var owner = Item.OwnerUserId == user.Id;
        Moves = Enum.GetValues<CapaState>()
            .Where(t => CapaRules.CanMove(Item.State, t) && (manage || owner && t is CapaState.InProgress or CapaState.Implemented))
            .ToList();
    }
}
