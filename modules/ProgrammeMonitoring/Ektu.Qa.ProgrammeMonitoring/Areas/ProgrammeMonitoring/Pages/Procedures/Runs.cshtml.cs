using Ektu.Qa.Kernel.Web;
using Ektu.Qa.ProgrammeMonitoring.Permissions;
using Ektu.Qa.ProgrammeMonitoring.Procedures;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.ProgrammeMonitoring.Areas.ProgrammeMonitoring.Pages.Procedures;

/// <summary>The calendar of procedure runs (a year, month by month) or the runs past their due day.</summary>
[Authorize(ProgrammeMonitoringPermissions.Programmes.Default)]
internal sealed class RunsModel(IProcedureAppService procedures) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public bool OverdueOnly { get; set; }

    public IReadOnlyList<ProcedureRunDto> Items { get; private set; } = [];
    public int ShownYear => Year ?? Clock.Today.Year;

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        Items = await procedures.GetRunsAsync(Filter(), ct);
        return Page();
    });

    /// <summary>"Export to Excel": the runs shown.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
        new ExcelFileResult<ProcedureRunDto>("procedure-runs", L["ProgrammeMonitoring:Procedures.Calendar"],
        [
            new(L["ProgrammeMonitoring:Procedures.DueOn"], r => r.DueOn),
            new(L["ProgrammeMonitoring:Procedures.Procedure"], r => $"{r.Number}. {L[$"ProgrammeMonitoring:Procedure.{r.Number}"]}"),
            new(L["ProgrammeMonitoring:Procedures.Unit"], r => r.UnitName),
            new(L["ProgrammeMonitoring:Procedures.Owner"], r => r.Owner()),
            new(L["ProgrammeMonitoring:Status"], r => r.IsOverdue ? L["ProgrammeMonitoring:Overdue"].Value : L[$"Enum:RunState.{r.State}"].Value),
            new(L["ProgrammeMonitoring:Procedures.DoneOn"], r => r.DoneOn),
            new(L["ProgrammeMonitoring:Procedures.Findings"], r => r.Findings),
        ], await procedures.GetRunsAsync(Filter(), ct)));

    private RunFilter Filter() => new(ShownYear, OverdueOnly);
}
