using Ektu.Qa.ExternalAccreditation.Certifications;
using Ektu.Qa.ExternalAccreditation.Permissions;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.ExternalAccreditation.Areas.ExternalAccreditation.Pages.Certifications;

/// <summary>Management-system certificates in the caller's scope, their validity and overdue inspection audits; a new certificate.</summary>
[Authorize(ExternalAccreditationPermissions.Certifications.Default)]
internal sealed class IndexModel(ICertificationAppService certifications, IUnitDirectory units, ICurrentUser user) : QaPageModel
{
    [BindProperty] public SaveCertificateInput Input { get; set; } = new();

    public IReadOnlyList<CertificateDto> Items { get; private set; } = [];
    public IReadOnlyList<OrganizationUnitDto> Units { get; private set; } = [];
    public bool CanManage { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAndRedirectAsync(async () =>
    {
        var c = await certifications.CreateAsync(Input, ct);
        return RedirectToPage("/Certifications/Details", new { id = c.Id });
    }, () => LoadAsync(ct));

    /// <summary>"Export to Excel" of the certificates.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
        new ExcelFileResult<CertificateDto>("certificates", L["Menu:ExternalAccreditation.Certifications"], new ExcelColumn<CertificateDto>[]
        {
            new(L["ExternalAccreditation:Certifications.Standard"], c => c.Standard),
            new(L["ExternalAccreditation:Unit"], c => c.UnitName),
            new(L["ExternalAccreditation:Certifications.Body"], c => c.Body),
            new(L["ExternalAccreditation:Certifications.Number"], c => c.Number),
            new(L["ExternalAccreditation:Certifications.Scope"], c => c.Scope),
            new(L["ExternalAccreditation:ValidFrom"], c => c.ValidFrom),
            new(L["ExternalAccreditation:ValidTo"], c => c.ValidTo),
            new(L["ExternalAccreditation:Certifications.IsValid"], c => c.IsValid),
            new(L["ExternalAccreditation:Certifications.OverdueAudits"], c => c.OverdueAudits),
        }, await certifications.GetListAsync(ct)));

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Items = await certifications.GetListAsync(ct);
        Units = await units.InScopeAsync(ct);
        CanManage = await user.HasPermissionAsync(ExternalAccreditationPermissions.Certifications.Manage);
    }
}
