using Ektu.Qa.ExternalAccreditation.Permissions;
using Ektu.Qa.ExternalAccreditation.SelfAssessment;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.ExternalAccreditation.Areas.ExternalAccreditation.Pages.SelfAssessment;

/// <summary>A criterion's code and wording in three languages, edited as reference data.</summary>
[Authorize(ExternalAccreditationPermissions.Agencies.Manage)]
internal sealed class EditCriterionModel(ISelfAssessmentAppService selfAssessments) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public SaveSaCriterionInput Input { get; set; } = new();

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        var c = await FindAsync(ct);
        Input = new SaveSaCriterionInput
        {
            StandardId = c.StandardId, Code = c.Code, TitleKk = c.TitleKk, TitleRu = c.TitleRu, TitleEn = c.TitleEn, Version = c.Version,
        };
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => selfAssessments.UpdateCriterionAsync(Id, Input, ct), () => RedirectToPage("/SelfAssessment/Standards"));

    private async Task<SaCriterionDto> FindAsync(CancellationToken ct) =>
        (await selfAssessments.GetStandardsAsync(null, ct)).SelectMany(s => s.Criteria).FirstOrDefault(c => c.Id == Id)
            ?? throw new EntityNotFoundException("SaCriterion", Id);
}
