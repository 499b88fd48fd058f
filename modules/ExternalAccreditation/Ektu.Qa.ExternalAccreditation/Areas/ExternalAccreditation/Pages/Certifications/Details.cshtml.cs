using Ektu.Qa.ExternalAccreditation.Certifications;
using Ektu.Qa.ExternalAccreditation.Permissions;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.ExternalAccreditation.Areas.ExternalAccreditation.Pages.Certifications;

/// <summary>One certificate and its annual inspection audits: plan the next, record one as held with its findings.</summary>
[Authorize(ExternalAccreditationPermissions.Certifications.Default)]
internal sealed class DetailsModel(ICertificationAppService certifications, ICurrentUser user) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public PlanAuditInput Plan { get; set; } = new();
    [BindProperty] public RecordAuditInput Held { get; set; } = new();
    [BindProperty] public Guid AuditId { get; set; }
    [BindProperty] public RaiseFindingsInput Raise { get; set; } = new();

    public CertificateDetailsDto Details { get; private set; } = null!;
    public bool CanManage { get; private set; }

    protected override string FieldPrefix => "";

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        return Page();
    });

    public Task<IActionResult> OnPostPlanAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => certifications.PlanAuditAsync(Id, Plan, ct), Back, () => LoadAsync(ct));

    public Task<IActionResult> OnPostHeldAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => certifications.RecordAuditAsync(Id, AuditId, Held, ct), Back, () => LoadAsync(ct));

    public Task<IActionResult> OnPostRaiseAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => certifications.RaiseFindingsAsync(Id, AuditId, Raise, ct), Back, () => LoadAsync(ct));

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private IActionResult Back() => RedirectToPage("/Certifications/Details", new { id = Id });

    private async Task LoadAsync(CancellationToken ct)
    {
        Details = await certifications.GetAsync(Id, ct);
        CanManage = await user.HasPermissionAsync(ExternalAccreditationPermissions.Certifications.Manage);
    }
}
