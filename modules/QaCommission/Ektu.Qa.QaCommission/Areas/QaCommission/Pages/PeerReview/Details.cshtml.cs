using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.Improvement.Permissions;
using Ektu.Qa.QaCommission.PeerReview;
using Ektu.Qa.QaCommission.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.QaCommission.Areas.QaCommission.Pages.PeerReview;

/// <summary>An observation: the observer's scoring form, the teacher's acknowledgement, the CAPA proposal of low scores.</summary>
[Authorize(QaCommissionPermissions.PeerReview.Default)]
internal sealed class DetailsModel(IPeerReviewAppService reviews, ICapaIntegrationService capa, ICurrentUser user) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public SubmitObservationInput Input { get; set; } = new();
    [BindProperty] public string? Comment { get; set; }

    public ObservationDetailsDto? Details { get; private set; }
    public bool IsObserver { get; private set; }
    public bool IsTeacher { get; private set; }
    public bool CanRaiseCapa { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () => { await LoadAsync(ct); return Page(); });

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken ct) => RunAsync(() => reviews.SubmitAsync(Id, Input, ct));

    public Task<IActionResult> OnPostAcknowledgeAsync(CancellationToken ct) =>
        RunAsync(() => reviews.AcknowledgeAsync(Id, Comment, Input.Version, ct));

    public Task<IActionResult> OnPostCapaAsync(CancellationToken ct) => TryAsync(async () =>
    {
        var proposal = (await reviews.GetAsync(Id, ct)).CapaProposal ?? throw new Kernel.Errors.EntityNotFoundException("CapaProposal", Id);
        // Two posts at once (a double click) open the same item: Improvement keeps one per observation.
        var item = (await capa.RaiseOnceAsync(proposal, ct)).Item;
        return RedirectToPage("/Capa/Details", new { area = "Improvement", id = item.Id });
    });

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private Task<IActionResult> RunAsync(Func<Task<ObservationDetailsDto>> action) => TryAsync(async () =>
    {
        await action();
        return RedirectToPage("/PeerReview/Details", new { id = Id });
    });

    private async Task LoadAsync(CancellationToken ct)
    {
        Details = await reviews.GetAsync(Id, ct);
        IsObserver = Details.Observation.ObserverUserId == user.Id;
        IsTeacher = Details.Observation.TeacherUserId == user.Id;
        CanRaiseCapa = Details.CapaProposal != null && await user.HasPermissionAsync(ImprovementPermissions.Capa.Manage);
    }
}
