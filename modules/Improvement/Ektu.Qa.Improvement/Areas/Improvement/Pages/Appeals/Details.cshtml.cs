using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.Improvement.Appeals;
using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.Improvement.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Improvement.Areas.Improvement.Pages.Appeals;

/// <summary>An appeal: routing history, review, escalation to the next level, resolution, CAPA raised from it.</summary>
[Authorize]
internal sealed class DetailsModel(IAppealAppService appeals, IIdentityIntegrationService identity, ICurrentUser user) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public SaveCapaItemInput Capa { get; set; } = new();
    [BindProperty] public string? OwnerUserName { get; set; }

    public AppealDetailsDto? Details { get; private set; }
    public bool CanHandle { get; private set; }
    public bool CanRaiseCapa { get; private set; }

    protected override string FieldPrefix => "";

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () => { await LoadAsync(ct); return Page(); });

    public Task<IActionResult> OnPostTakeAsync(CancellationToken ct) => RunAsync(() => appeals.TakeAsync(Id, Version, ct));

    public Task<IActionResult> OnPostEscalateAsync(CancellationToken ct) => RunAsync(() => appeals.EscalateAsync(Id, Note ?? "", Version, ct));

    public Task<IActionResult> OnPostResolveAsync(CancellationToken ct) => RunAsync(() => appeals.ResolveAsync(Id, Note ?? "", Version, ct));

    public Task<IActionResult> OnPostCapaAsync(CancellationToken ct) => RunAsync(async () =>
    {
        Capa.OwnerUserId = await Pages.Capa.IndexModel.OwnerAsync(identity, OwnerUserName, ct);
        return await appeals.CreateCapaAsync(Id, Capa, ct);
    });

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private Task<IActionResult> RunAsync<T>(Func<Task<T>> action) => TryAsync(async () =>
    {
        await action();
        return RedirectToPage("/Appeals/Details", new { id = Id });
    });

    private async Task LoadAsync(CancellationToken ct)
    {
        Details = await appeals.GetAsync(Id, ct);
        CanHandle = await user.HasPermissionAsync(ImprovementPermissions.Appeals.Handle);
        CanRaiseCapa = CanHandle && await user.HasPermissionAsync(ImprovementPermissions.Capa.Manage);
    }
}
