using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.ProgrammeMonitoring.Permissions;
using Ektu.Qa.ProgrammeMonitoring.Reviews;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.ProgrammeMonitoring.Areas.ProgrammeMonitoring.Pages.Reviews;

/// <summary>
/// A review: its texts (self-evaluation, stakeholder input, achievement of outcomes, decisions, changes to publish), its
/// actions with the indicator each should move and whether it moved, and completing it.
/// </summary>
[Authorize(ProgrammeMonitoringPermissions.Programmes.Default)]
internal sealed class DetailsModel(IProgrammeReviewAppService reviews, ICurrentUser user) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public SaveReviewInput Input { get; set; } = new();
    [BindProperty] public AddActionInput Action { get; set; } = new();
    [BindProperty] public Guid ActionId { get; set; }
    [BindProperty] public int Version { get; set; }

    public ProgrammeReviewDto Review { get; private set; } = null!;
    public decimal? SurveySatisfaction { get; private set; }
    public bool CanManage { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        Input = new SaveReviewInput
        {
            SelfEvaluation = Review.SelfEvaluation, StakeholderInput = Review.StakeholderInput, OutcomesAchievement = Review.OutcomesAchievement,
            Decisions = Review.Decisions, PublishedChanges = Review.PublishedChanges, Version = Review.Version,
        };
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => reviews.SaveReviewAsync(Id, Input, ct), Back, () => LoadAsync(ct));

    public Task<IActionResult> OnPostCompleteAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => reviews.CompleteReviewAsync(Id, Version, ct), Back, () => LoadAsync(ct));

    public Task<IActionResult> OnPostActionAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => reviews.AddActionAsync(Id, Action, ct), Back, () => LoadAsync(ct));

    public Task<IActionResult> OnPostCloseActionAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => reviews.CloseActionAsync(Id, ActionId, ct), Back, () => LoadAsync(ct));

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private IActionResult Back() => RedirectToPage("/Reviews/Details", new { id = Id });

    private async Task LoadAsync(CancellationToken ct)
    {
        Review = await reviews.GetReviewAsync(Id, ct);
        SurveySatisfaction = await reviews.GetSurveySatisfactionAsync(Review.ProgrammeId, Review.Year, ct);
        CanManage = await user.HasPermissionAsync(ProgrammeMonitoringPermissions.Programmes.Manage);
    }
}
