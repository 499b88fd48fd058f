using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.ProgrammeMonitoring.Effectiveness;
using Ektu.Qa.ProgrammeMonitoring.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.ProgrammeMonitoring.Areas.ProgrammeMonitoring.Pages.Effectiveness;

/// <summary>
/// One year's effectiveness assessment: every programme in scope against the thresholds; the office records values and
/// moves the thresholds.
/// </summary>
[Authorize(ProgrammeMonitoringPermissions.Programmes.Default)]
internal sealed class IndexModel(IEffectivenessAppService effectiveness, ICurrentUser user) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty] public SaveValueInput Input { get; set; } = new();
    [BindProperty] public EffectivenessIndicator Indicator { get; set; }
    [BindProperty] public SaveThresholdInput Threshold { get; set; } = new();

    public int ShownYear => Year ?? Clock.Today.Year - 1;
    public IReadOnlyList<AssessmentRowDto> Rows { get; private set; } = [];
    public IReadOnlyList<ThresholdDto> Thresholds { get; private set; } = [];
    public bool CanManage { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        Input.Year = ShownYear;
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAndRedirectAsync(() => effectiveness.SaveValueAsync(Input, ct),
        () => RedirectToPage("/Effectiveness/Index", new { Year = Input.Year }), () => LoadAsync(ct));

    public Task<IActionResult> OnPostThresholdAsync(CancellationToken ct) => RunAndRedirectAsync(
        () => effectiveness.SaveThresholdAsync(Indicator, Threshold, ct), () => RedirectToPage("/Effectiveness/Index", new { Year }),
        () => LoadAsync(ct));

    /// <summary>"Export to Excel": the year's values and statuses, one row per programme.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
    {
        var columns = new List<ExcelColumn<AssessmentRowDto>>
        {
            new(L["ProgrammeMonitoring:Programme"], r => $"{r.GroupCode} {r.ProgrammeTitle}"),
            new(L["ProgrammeMonitoring:School"], r => r.SchoolName),
        };
        foreach (var i in Enum.GetValues<EffectivenessIndicator>())
        {
            columns.Add(new(L.Enum(i), r => r.Values.GetValueOrDefault(i)?.Value));
            columns.Add(new($"{L.Enum(i)} — {L["ProgrammeMonitoring:Status"]}",
                r => r.Values.GetValueOrDefault(i) is { } v ? L.Enum(v.Status) : null));
        }
        return new ExcelFileResult<AssessmentRowDto>("effectiveness-" + ShownYear, L["Menu:ProgrammeMonitoring.Effectiveness"], columns,
            await effectiveness.GetYearAsync(ShownYear, ct));
    });

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Rows = await effectiveness.GetYearAsync(ShownYear, ct);
        Thresholds = await effectiveness.GetThresholdsAsync(ct);
        CanManage = await user.HasPermissionAsync(ProgrammeMonitoringPermissions.Monitoring.Manage);
    }
}
