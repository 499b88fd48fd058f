using Ektu.Qa.ExternalAccreditation.Accreditations;
using Ektu.Qa.ExternalAccreditation.Permissions;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.ExternalAccreditation.Areas.ExternalAccreditation.Pages.Accreditations;

/// <summary>One accreditation: decision, validity, conditions, programmes; its monitoring reports planned and sent.</summary>
[Authorize(ExternalAccreditationPermissions.Accreditations.Default)]
internal sealed class DetailsModel(IAccreditationAppService accreditations, ICurrentUser user) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public SaveMonitoringReportInput Report { get; set; } = new();
    [BindProperty] public SubmitMonitoringReportInput Submit { get; set; } = new();
    [BindProperty] public Guid ReportId { get; set; }

    public AccreditationDetailsDto Details { get; private set; } = null!;
    public bool CanManage { get; private set; }

    protected override string FieldPrefix => "";

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        return Page();
    });

    public Task<IActionResult> OnPostReportAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => accreditations.AddReportAsync(Id, Report, ct), Back, () => LoadAsync(ct));

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => accreditations.SubmitReportAsync(Id, ReportId, Submit, ct), Back, () => LoadAsync(ct));

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private IActionResult Back() => RedirectToPage("/Accreditations/Details", new { id = Id });

    private async Task LoadAsync(CancellationToken ct)
    {
        Details = await accreditations.GetAsync(Id, ct);
        CanManage = await user.HasPermissionAsync(ExternalAccreditationPermissions.Accreditations.Manage);
    }
}
