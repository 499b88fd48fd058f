using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QualityPolicy.Kpis;
using Ektu.Qa.QualityPolicy.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.QualityPolicy.Areas.QualityPolicy.Pages.Kpis;

[Authorize(QualityPolicyPermissions.Kpis.Manage)]
internal sealed class NewIndicatorModel(IKpiAppService kpis) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid GoalId { get; set; }
    [BindProperty] public IndicatorForm Input { get; set; } = new();

    public void OnGet() { }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAndRedirectAsync(async () =>
    {
        var i = await kpis.CreateIndicatorAsync(new SaveIndicatorInput
        {
            GoalId = GoalId, NameKk = Input.NameKk, NameRu = Input.NameRu, NameEn = Input.NameEn, UnitOfMeasure = Input.UnitOfMeasure,
            Baseline = IndicatorModel.ParseNumber(Input.Baseline) ?? 0, HigherIsBetter = Input.HigherIsBetter,
        }, ct);
        return RedirectToPage("/Kpis/Indicator", new { id = i.Id });
    });

    /// <summary>The posted form; the baseline as typed (comma or dot).</summary>
    internal sealed class IndicatorForm
    {
        public string NameKk { get; set; } = "";
        public string NameRu { get; set; } = "";
        public string NameEn { get; set; } = "";
        public string UnitOfMeasure { get; set; } = "";
        public string? Baseline { get; set; }
        public bool HigherIsBetter { get; set; } = true;
    }
}
