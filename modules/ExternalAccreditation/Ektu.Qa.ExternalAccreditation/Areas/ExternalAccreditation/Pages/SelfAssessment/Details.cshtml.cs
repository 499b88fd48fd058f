using Ektu.Qa.ExternalAccreditation.Permissions;
using Ektu.Qa.ExternalAccreditation.SelfAssessment;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.ExternalAccreditation.Areas.ExternalAccreditation.Pages.SelfAssessment;

/// <summary>A self-assessment report: every criterion of the agency with its completeness and evidence; the report as Word.</summary>
[Authorize(ExternalAccreditationPermissions.Readiness.Default)]
internal sealed class DetailsModel(ISelfAssessmentAppService selfAssessments) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    public SelfAssessmentDetailsDto Details { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        Details = await selfAssessments.GetAsync(Id, ct);
        return Page();
    });

    public Task<IActionResult> OnGetDocumentAsync(CancellationToken ct) => TryAsync(async () =>
    {
        var f = await selfAssessments.GetDocumentAsync(Id, ct);
        return File(f.Content, f.ContentType, f.FileName);
    });
}
