using System.Text.Json;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.ProgrammeMonitoring.Effectiveness;
using Ektu.Qa.ProgrammeMonitoring.Permissions;
using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.ProgrammeMonitoring.Areas.ProgrammeMonitoring.Pages.Effectiveness;

/// <summary>A programme's indicators over the years: a line chart of the percentages and the table of every value and status.</summary>
[Authorize(ProgrammeMonitoringPermissions.Programmes.Default)]
internal sealed class ProgrammeModel(IEffectivenessAppService effectiveness, IProgrammeAppService programmes) : QaPageModel
{
    /// <summary>The indicators measured in per cent share one axis; enrolment (a count) and ranking (a position) are in the table.</summary>
    private static readonly EffectivenessIndicator[] Charted =
    [
        EffectivenessIndicator.Progression, EffectivenessIndicator.Completion, EffectivenessIndicator.Employment,
        EffectivenessIndicator.Satisfaction,
    ];

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    public ProgrammeDto Programme { get; private set; } = null!;
    public IReadOnlyList<IndicatorValueDto> Values { get; private set; } = [];
    public IReadOnlyList<int> Years => Values.Select(v => v.Year).Distinct().Order().ToList();

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        return Page();
    });

    /// <summary>"Export to Excel": every value of the programme.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        return new ExcelFileResult<IndicatorValueDto>("effectiveness-" + Programme.GroupCode, L["Menu:ProgrammeMonitoring.Effectiveness"],
        [
            new(L["ProgrammeMonitoring:Year"], v => v.Year),
            new(L["ProgrammeMonitoring:Effectiveness.Indicator"], v => L.Enum(v.Indicator)),
            new(L["ProgrammeMonitoring:Effectiveness.Value"], v => v.Value),
            new(L["ProgrammeMonitoring:Status"], v => L.Enum(v.Status)),
        ], Values);
    });

    /// <summary>What <c>frontend/site.js</c> draws from the canvas's <c>data-chart</c> (no inline script: the CSP forbids one).</summary>
    public string ChartData() => JsonSerializer.Serialize(new
    {
        kind = "line",
        labels = Years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        series = Charted.Select(i => new
        {
            name = L.Enum(i),
            values = Years.Select(y => Values.FirstOrDefault(v => v.Year == y && v.Indicator == i)?.Value),
        }),
        unit = " %",
        stacked = false,
    });

    private async Task LoadAsync(CancellationToken ct)
    {
        Values = await effectiveness.GetProgrammeAsync(Id, ct);
        Programme = (await programmes.GetAsync(Id, ct)).Programme;
    }
}
