using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QualityPolicy.Permissions;
using Ektu.Qa.QualityPolicy.Standards;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ektu.Qa.QualityPolicy.Areas.QualityPolicy.Pages.Standards;

/// <summary>Texts and the appointed administrator (әкімші) of one standard.</summary>
[Authorize(QualityPolicyPermissions.Standards.Manage)]
internal sealed class EditModel(IStandardAppService standards, IIdentityIntegrationService identity) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public UpdateStandardInput Input { get; set; } = new();

    public StandardDto Standard { get; private set; } = new();
    public IReadOnlyList<UserSummary> Users { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        var s = Standard;
        Input = new UpdateStandardInput
        {
            TitleKk = s.TitleKk, TitleRu = s.TitleRu, TitleEn = s.TitleEn, DescriptionKk = s.DescriptionKk, DescriptionRu = s.DescriptionRu,
            DescriptionEn = s.DescriptionEn, AdministratorUserId = s.AdministratorUserId, Version = s.Version,
        };
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => standards.UpdateAsync(Id, Input, ct), () => RedirectToPage("/Standards/Index"), () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Standard = await standards.GetAsync(Id, ct);
        // Every active user with a role somewhere in the university may be appointed.
        var root = (await identity.GetUnitsAsync(ct)).FirstOrDefault(u => u.ParentId == null);
        Users = root == null ? [] : await identity.GetMembersAsync(root.Id, ct);
    }
}
