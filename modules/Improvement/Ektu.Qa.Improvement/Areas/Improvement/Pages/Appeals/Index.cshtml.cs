using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.Improvement.Appeals;
using Ektu.Qa.Improvement.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Improvement.Areas.Improvement.Pages.Appeals;

/// <summary>
/// Appeals: the web form and one's own appeals for applicants; for handlers the appeals at their units, a form to record
/// paper / oral ones, and the statistics of a period.
/// </summary>
[Authorize]
internal sealed class IndexModel(IAppealAppService appeals, IUnitDirectory units, ICurrentUser user, IClock clock, AppealProgrammes programmes)
    : QaPageModel
{
    [BindProperty(SupportsGet = true)] public bool OverdueOnly { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty] public SubmitAppealInput Input { get; set; } = new();

    public IReadOnlyList<AppealDto> Mine { get; private set; } = [];
    public IReadOnlyList<AppealDto> Handled { get; private set; } = [];
    public AppealStatisticsDto? Statistics { get; private set; }
    public IReadOnlyList<OrganizationUnitDto> AllUnits { get; private set; } = [];
    public IReadOnlyList<OrganizationUnitDto> ScopeUnits { get; private set; } = [];
    public IReadOnlyList<AppealProgrammeDto> Programmes { get; private set; } = [];
    public bool CanSubmit { get; private set; }
    public bool CanSee { get; private set; }
    public bool CanHandle { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        return CanSubmit || CanSee ? Page() : Forbid();
    });

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken ct) => TryAsync(async () =>
    {
        var a = await appeals.SubmitAsync(Input, ct);
        return RedirectToPage("/Appeals/Details", new { id = a.Id });
    });

    public Task<IActionResult> OnPostRecordAsync(CancellationToken ct) => TryAsync(async () =>
    {
        var a = await appeals.RecordAsync(Input, ct);
        return RedirectToPage("/Appeals/Details", new { id = a.Id });
    });

    /// <summary>The programme picker again when the addressed unit changes: the programmes of that unit's school.</summary>
    public async Task<IActionResult> OnGetProgrammesAsync([FromQuery(Name = "Input.UnitId")] Guid? unitId, CancellationToken ct)
    {
        Programmes = await programmes.ForUnitAsync(unitId, ct);
        return Partial("_ProgrammeField", this);
    }

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        CanSubmit = await user.HasPermissionAsync(ImprovementPermissions.Appeals.Submit);
        CanSee = await user.HasPermissionAsync(ImprovementPermissions.Appeals.Default);
        CanHandle = await user.HasPermissionAsync(ImprovementPermissions.Appeals.Handle);
        var all = (await units.UnitsAsync(ct)).Values.OrderBy(u => u.Depth).ThenBy(u => u.Name, StringComparer.CurrentCulture).ToList();
        var scope = await units.ScopeAsync(ct);
        AllUnits = all;
        ScopeUnits = all.Where(u => scope.Contains(u.Id)).ToList();
        if (CanSubmit || CanHandle) Programmes = await programmes.ForUnitAsync(Input.UnitId == Guid.Empty ? null : Input.UnitId, ct);
        if (CanSubmit) Mine = await appeals.GetMineAsync(ct);
        if (CanSee)
        {
            Handled = await appeals.GetListAsync(new AppealFilter { OverdueOnly = OverdueOnly }, ct);
            var today = DateOnly.FromDateTime(clock.UtcNow);
            From ??= new DateOnly(today.Year, 1, 1);
            To ??= today;
            Statistics = await appeals.GetStatisticsAsync(From.Value, To.Value, ct);
        }
    }

    /// <summary>"Export to Excel": the appeals handled in scope (overdue-only filter), or one's own when one handles none.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
    {
        IReadOnlyList<AppealDto> rows = await user.HasPermissionAsync(ImprovementPermissions.Appeals.Default)
            ? await appeals.GetListAsync(new AppealFilter { OverdueOnly = OverdueOnly }, ct)
            : await appeals.GetMineAsync(ct);
        return new ExcelFileResult<AppealDto>("qa-appeals", L["Menu:Improvement.Appeals"], new ExcelColumn<AppealDto>[]
        {
            new(L["Improvement:Appeals.ReceivedOn"], a => a.ReceivedOn),
            new(L["Improvement:Export.Applicant"], a => a.ApplicantName),
            new(L["Improvement:Appeals.Subject"], a => a.Subject),
            new(L["Improvement:Appeals.Kind"], a => L.Enum(a.Kind)),
            new(L["Improvement:Appeals.Level"], a => L.Enum(a.Level)),
            new(L["Improvement:Appeals.Unit"], a => a.UnitName),
            new(L["Improvement:Appeals.DueOn"], a => a.DueOn),
            new(L["Improvement:Appeals.State"], a => L.Enum(a.State)),
            new(L["Improvement:Appeals.Overdue"], a => a.IsOverdue),
            new(L["Improvement:Export.ResolvedOn"], a => a.ResolvedOn),
        }, rows);
    });
}
