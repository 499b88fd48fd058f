using System.Globalization;
using Ektu.Qa.Identity;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QaCommission.PeerReview;
using Ektu.Qa.QaCommission.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.QaCommission.Areas.QaCommission.Pages.PeerReview;

/// <summary>
/// Peer review: one's own observations; for managers all observations in scope, planning, criteria templates and the
/// per-teacher summary of a period.
/// </summary>
[Authorize(QaCommissionPermissions.PeerReview.Default)]
internal sealed class IndexModel(IPeerReviewAppService reviews, IUnitDirectory units, IIdentityIntegrationService identity,
    ICurrentUser user, IClock clock) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid? SummaryUnitId { get; set; }
    [BindProperty] public PlanObservationInput Input { get; set; } = new();
    [BindProperty] public string? ObserverUserName { get; set; }
    [BindProperty] public string? TeacherUserName { get; set; }
    [BindProperty] public string? TemplateName { get; set; }

    /// <summary>One criterion a line: "title|max score" (max 5 when omitted).</summary>
    [BindProperty] public string? TemplateCriteria { get; set; }

    public IReadOnlyList<ObservationDto> Mine { get; private set; } = [];
    public IReadOnlyList<ObservationDto> All { get; private set; } = [];
    public IReadOnlyList<ObservationTemplateDto> Templates { get; private set; } = [];
    public IReadOnlyList<OrganizationUnitDto> Units { get; private set; } = [];
    public IReadOnlyList<PeerReviewSummaryDto> Summary { get; private set; } = [];
    public bool CanManage { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () => { await LoadAsync(ct); return Page(); });

    public Task<IActionResult> OnPostPlanAsync(CancellationToken ct) => TryAsync(async () =>
    {
        Input.ObserverUserId = await UserIdAsync(ObserverUserName, ct);
        Input.TeacherUserId = await UserIdAsync(TeacherUserName, ct);
        var o = await reviews.PlanAsync(Input, ct);
        return RedirectToPage("/PeerReview/Details", new { id = o.Id });
    });

    /// <summary>A user's id by user name; an unknown name gives an id of nobody, which validation reports on the field.</summary>
    private async Task<Guid> UserIdAsync(string? userName, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(userName)
            ? Guid.Empty
            : (await identity.GetUsersByNameAsync([userName.Trim()], ct)).FirstOrDefault()?.Id ?? Guid.NewGuid();

    public Task<IActionResult> OnPostTemplateAsync(CancellationToken ct) => TryAsync(async () =>
    {
        var criteria = (TemplateCriteria ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line =>
        {
            var parts = line.Split('|', StringSplitOptions.TrimEntries);
            return new SaveCriterionInput { Title = parts[0],
                MaxScore = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var m) ? m : 5 };
        }).ToList();
        await reviews.CreateTemplateAsync(new SaveTemplateInput { Name = TemplateName ?? "", Criteria = criteria }, ct);
        return RedirectToPage("/PeerReview/Index");
    });

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        CanManage = await user.HasPermissionAsync(QaCommissionPermissions.PeerReview.Manage);
        Mine = await reviews.GetMineAsync(ct);
        Templates = await reviews.GetTemplatesAsync(ct);
        if (!CanManage) return;
        var scope = await units.ScopeAsync(ct);
        Units = (await units.UnitsAsync(ct)).Values.Where(u => scope.Contains(u.Id)).OrderBy(u => u.Depth)
            .ThenBy(u => u.Name, StringComparer.CurrentCulture).ToList();
        All = await reviews.GetListAsync(null, null, ct);
        var today = DateOnly.FromDateTime(clock.UtcNow);
        if ((SummaryUnitId ?? Units.FirstOrDefault()?.Id) is { } unit) Summary = await reviews.GetSummaryAsync(unit, today.AddYears(-1), today, ct);
    }

    /// <summary>"Export to Excel": all observations in scope for managers, else one's own.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
    {
        var rows = await user.HasPermissionAsync(QaCommissionPermissions.PeerReview.Manage) ? await reviews.GetListAsync(null, null, ct)
            : await reviews.GetMineAsync(ct);
        return new ExcelFileResult<ObservationDto>("qa-peer-review", L["Menu:QaCommission.PeerReview"], new ExcelColumn<ObservationDto>[]
        {
            new(L["QaCommission:PeerReview.PlannedOn"], o => o.PlannedOn),
            new(L["QaCommission:PeerReview.Unit"], o => o.UnitName),
            new(L["QaCommission:PeerReview.Course"], o => o.Course),
            new(L["QaCommission:PeerReview.Teacher"], o => o.TeacherName),
            new(L["QaCommission:PeerReview.Observer"], o => o.ObserverName),
            new(L["QaCommission:PeerReview.State"], o => L.Enum(o.State)),
            new(L["QaCommission:PeerReview.ScorePercent"], o => o.ScorePercent),
        }, rows);
    });
}
