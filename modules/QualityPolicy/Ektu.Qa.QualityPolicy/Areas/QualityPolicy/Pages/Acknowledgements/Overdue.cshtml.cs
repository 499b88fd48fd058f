using Ektu.Qa.Kernel.Paging;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QualityPolicy.Acknowledgements;
using Ektu.Qa.QualityPolicy.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ektu.Qa.QualityPolicy.Areas.QualityPolicy.Pages.Acknowledgements;

/// <summary>Employees who missed the 10-working-day deadline, for managers of the units in scope.</summary>
[Authorize(QualityPolicyPermissions.Acknowledgements.Default)]
internal sealed class OverdueModel(IAcknowledgementAppService acks) : QaPageModel
{
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedResult<AcknowledgementDto> Result { get; private set; } = new([], 0, 1, 50);

    public async Task OnGetAsync(CancellationToken ct) => Result = await acks.GetOverdueAsync(PageNumber, 50, ct);

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct) =>
        new ExcelFileResult<AcknowledgementDto>("overdue-acknowledgements", L["Menu:QualityPolicy.OverdueAcknowledgements"],
        [
            new(L["QualityPolicy:FullName"], a => a.FullName),
            new(L["QualityPolicy:Position"], a => a.Position),
            new(L["QualityPolicy:Code"], a => a.DocumentCode),
            new(L["QualityPolicy:Title"], a => a.Title),
            new(L["QualityPolicy:Edition"], a => a.EditionNumber),
            new(L["QualityPolicy:DueOn"], a => a.DueOn),
        ], await PagedExport.AllAsync((page, size) => acks.GetOverdueAsync(page, size, ct)));
}
