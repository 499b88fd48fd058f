using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.ExternalAccreditation.Permissions;
using Ektu.Qa.ExternalAccreditation.Readiness;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.ExternalAccreditation.Areas.ExternalAccreditation.Pages.Readiness;

/// <summary>Accreditation readiness: the summary, experts' recommendations with execution status, the evidence library.</summary>
[Authorize(ExternalAccreditationPermissions.Readiness.Default)]
internal sealed class IndexModel(IReadinessAppService readiness, IUnitDirectory units, ICurrentUser user) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public int? EsgStandard { get; set; }
    [BindProperty(SupportsGet = true)] public bool StaleOnly { get; set; }
    [BindProperty] public SaveRecommendationInput Recommendation { get; set; } = new();
    [BindProperty] public SaveEvidenceDocumentInput Evidence { get; set; } = new();
    [BindProperty] public Guid ItemId { get; set; }
    [BindProperty] public RecommendationStatus Status { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public int Version { get; set; }

    public ReadinessSummaryDto Summary { get; private set; } = new();
    public IReadOnlyList<RecommendationDto> Recommendations { get; private set; } = [];
    public IReadOnlyList<EvidenceDocumentDto> Documents { get; private set; } = [];
    public IReadOnlyList<OrganizationUnitDto> Units { get; private set; } = [];
    public bool CanManage { get; private set; }

    protected override string FieldPrefix => "";

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () => { await LoadAsync(ct); return Page(); });

    public Task<IActionResult> OnPostRecommendationAsync(CancellationToken ct) =>
        RunAsync(() => readiness.AddRecommendationAsync(Recommendation, ct));

    public Task<IActionResult> OnPostStatusAsync(CancellationToken ct) =>
        RunAsync(() => readiness.SetRecommendationStatusAsync(ItemId, Status, Note, Version, ct));

    public Task<IActionResult> OnPostEvidenceAsync(CancellationToken ct) => RunAsync(() => readiness.AddEvidenceAsync(Evidence, ct));

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private Task<IActionResult> RunAsync<T>(Func<Task<T>> action) => TryAsync(async () =>
    {
        await action();
        return RedirectToPage("/Readiness/Index");
    });

    private async Task LoadAsync(CancellationToken ct)
    {
        CanManage = await user.HasPermissionAsync(ExternalAccreditationPermissions.Readiness.Manage);
        var scope = await units.ScopeAsync(ct);
        Units = (await units.UnitsAsync(ct)).Values.Where(u => scope.Contains(u.Id)).OrderBy(u => u.Depth)
            .ThenBy(u => u.Name, StringComparer.CurrentCulture).ToList();
        Summary = await readiness.GetSummaryAsync(ct);
        Recommendations = await readiness.GetRecommendationsAsync(ct);
        Documents = await readiness.GetEvidenceAsync(new EvidenceFilter { EsgStandard = EsgStandard, StaleOnly = StaleOnly }, ct);
    }

    /// <summary>"Export to Excel": the evidence library of the current filter (ESG standard, stale only).</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
        new ExcelFileResult<EvidenceDocumentDto>("qa-evidence-library", L["ExternalAccreditation:Readiness.Export.EvidenceLibrary"],
            new ExcelColumn<EvidenceDocumentDto>[]
        {
            new("ESG", d => d.EsgStandard),
            new(L["ExternalAccreditation:Readiness.Title"], d => d.Title),
            new(L["ExternalAccreditation:Readiness.Unit"], d => d.UnitName),
            new(L["ExternalAccreditation:Readiness.Programme"], d => d.Programme),
            new(L["ExternalAccreditation:Readiness.Period"], d => d.Period),
            new(L["ExternalAccreditation:Readiness.DocumentDate"], d => d.DocumentDate),
            new(L["ExternalAccreditation:Readiness.Export.Stale"], d => d.IsStale),
            new(L["ExternalAccreditation:Readiness.Export.Location"], d => d.Location),
        }, await readiness.GetEvidenceAsync(new EvidenceFilter { EsgStandard = EsgStandard, StaleOnly = StaleOnly }, ct)));

    /// <summary>"Export to Excel" of the experts' recommendations in scope.</summary>
    public Task<IActionResult> OnGetExportRecommendationsAsync(CancellationToken ct) => TryAsync(async () =>
        new ExcelFileResult<RecommendationDto>("qa-recommendations", L["ExternalAccreditation:Readiness.Recommendations"],
            new ExcelColumn<RecommendationDto>[]
        {
            new(L["ExternalAccreditation:Readiness.Expert"], r => r.ExpertBody),
            new(L["ExternalAccreditation:Readiness.Unit"], r => r.UnitName),
            new(L["ExternalAccreditation:Readiness.Text"], r => r.Text),
            new(L["ExternalAccreditation:Readiness.Responsible"], r => r.Responsible),
            new(L["ExternalAccreditation:Readiness.Deadline"], r => r.Deadline),
            new(L["ExternalAccreditation:Readiness.Status"], r => L.Enum(r.Status)),
            new(L["ExternalAccreditation:Readiness.Overdue"], r => r.IsOverdue),
        }, await readiness.GetRecommendationsAsync(ct)));
}
