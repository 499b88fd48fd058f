using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QualityPolicy.Permissions;
using Ektu.Qa.QualityPolicy.Standards;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ektu.Qa.QualityPolicy.Areas.QualityPolicy.Pages.Standards;

[Authorize(QualityPolicyPermissions.Standards.Default)]
internal sealed class IndexModel(IStandardAppService standards, ICurrentUser user) : QaPageModel
{
    public IReadOnlyList<StandardDto> Standards { get; private set; } = [];
    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Standards = await standards.GetListAsync(ct);
        CanManage = await user.HasPermissionAsync(QualityPolicyPermissions.Standards.Manage);
    }

    /// <summary>Both catalogues in page order, the framework as a column instead of a heading.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct) =>
        new ExcelFileResult<StandardDto>("standards", L["Menu:QualityPolicy.Standards"],
        [
            new(L["QualityPolicy:Framework"], s => L.Enum(s.Framework)),
            new(L["QualityPolicy:Code"], s => s.Code),
            new(L["QualityPolicy:Title"], s => s.Title),
            new(L["QualityPolicy:Description"], s => s.Description),
            new(L["QualityPolicy:EsgCode"], s => s.EsgCode),
            new(L["QualityPolicy:Module"], s => s.Module is { } module ? L.Module(module) : null),
            new(L["QualityPolicy:Administrator"], s => s.AdministratorName),
            new(L["QualityPolicy:CatalogueVersion"], s => s.CatalogueVersion),
        ], (await standards.GetListAsync(ct)).OrderBy(s => s.Framework).ThenBy(s => s.SortOrder).ToList());
}
