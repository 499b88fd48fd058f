using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.Improvement.Permissions;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Improvement.Areas.Improvement.Pages.Capa;

/// <summary>
/// One unit's CAPA plan: its own actions and, beside them, the plans of the units below it. Without a unit it opens the
/// highest unit of the caller's scope, so the Academic Quality Department lands on the university-wide plan and a dean on
/// the school's.
/// </summary>
[Authorize(ImprovementPermissions.Capa.Default)]
internal sealed class PlanModel(ICapaAppService capa, IUnitDirectory units, CapaSourceCatalog sources) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid? UnitId { get; set; }

    public OrganizationUnitDto? Unit { get; private set; }
    public IReadOnlyList<CapaItemDto> Items { get; private set; } = [];
    public IReadOnlyList<CapaUnitSummaryDto> Below { get; private set; } = [];
    public IReadOnlyList<OrganizationUnitDto> Units { get; private set; } = [];

    public string SourceName(string key) => L[sources.NameKey(key)];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        var scope = await units.ScopeAsync(ct);
        Units = (await units.UnitsAsync(ct)).Values.Where(u => scope.Contains(u.Id))
            .OrderBy(u => u.Depth).ThenBy(u => u.Name, StringComparer.CurrentCulture).ToList();
        Unit = UnitId is { } id ? Units.FirstOrDefault(u => u.Id == id) : Units.FirstOrDefault();
        if (Unit == null) return UnitId == null ? Page() : NotFound();
        Items = await capa.GetListAsync(new CapaFilter { UnitId = Unit.Id, UnitOnly = true }, ct);
        Below = (await capa.GetSummaryAsync(Unit.Id, ct)).Where(s => s.UnitId != Unit.Id).ToList();
        return Page();
    });
}
