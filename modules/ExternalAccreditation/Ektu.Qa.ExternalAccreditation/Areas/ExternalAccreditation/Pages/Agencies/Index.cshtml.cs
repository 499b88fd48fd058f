using Ektu.Qa.ExternalAccreditation.Agencies;
using Ektu.Qa.ExternalAccreditation.Permissions;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.ExternalAccreditation.Areas.ExternalAccreditation.Pages.Agencies;

/// <summary>Accreditation agencies (reference data): the list, a new agency, an agency switched on or off.</summary>
[Authorize(ExternalAccreditationPermissions.Accreditations.Default)]
internal sealed class IndexModel(IAgencyAppService agencies, ICurrentUser user) : QaPageModel
{
    [BindProperty] public SaveAgencyInput Input { get; set; } = new();
    [BindProperty] public Guid AgencyId { get; set; }

    public IReadOnlyList<AgencyDto> Items { get; private set; } = [];
    public bool CanManage { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => agencies.CreateAsync(Input, ct), () => RedirectToPage("/Agencies/Index"), () => LoadAsync(ct));

    /// <summary>Switches an agency on or off for new accreditations (records keep theirs).</summary>
    public Task<IActionResult> OnPostToggleAsync(CancellationToken ct) => RunAndRedirectAsync(async () =>
    {
        var a = (await agencies.GetListAsync(ct)).FirstOrDefault(x => x.Id == AgencyId)
            ?? throw new Kernel.Errors.EntityNotFoundException("Agency", AgencyId);
        await agencies.UpdateAsync(a.Id, new SaveAgencyInput
        {
            Code = a.Code, NameKk = a.NameKk, NameRu = a.NameRu, NameEn = a.NameEn, Country = a.Country, IsRegistered = a.IsRegistered,
            IsActive = !a.IsActive, Version = a.Version,
        }, ct);
    }, () => RedirectToPage("/Agencies/Index"), () => LoadAsync(ct));

    /// <summary>"Export to Excel" of the agencies.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
        new ExcelFileResult<AgencyDto>("agencies", L["Menu:ExternalAccreditation.Agencies"], new ExcelColumn<AgencyDto>[]
        {
            new(L["ExternalAccreditation:Code"], a => a.Code),
            new(L["ExternalAccreditation:NameKk"], a => a.NameKk),
            new(L["ExternalAccreditation:NameRu"], a => a.NameRu),
            new(L["ExternalAccreditation:NameEn"], a => a.NameEn),
            new(L["ExternalAccreditation:Country"], a => a.Country),
            new(L["ExternalAccreditation:Registered"], a => a.IsRegistered),
            new(L["ExternalAccreditation:Active"], a => a.IsActive),
        }, await agencies.GetListAsync(ct)));

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Items = await agencies.GetListAsync(ct);
        CanManage = await user.HasPermissionAsync(ExternalAccreditationPermissions.Agencies.Manage);
    }
}
