using Ektu.Qa.InformationManagement.Indicators;
using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.InformationManagement.Areas.InformationManagement.Pages.Indicators;

/// <summary>
/// Import of indicator values from a CSV or XLSX export of the university's systems: the file and which column header holds
/// each field; the result of every row is shown — a bad row says why, the others are imported.
/// </summary>
[Authorize(InformationManagementPermissions.Indicators.Manage)]
internal sealed class ImportModel(IIndicatorAppService indicators) : QaPageModel
{
    [BindProperty] public IndicatorImportMapping Mapping { get; set; } = new();

    public IndicatorBatchResultDto? Result { get; private set; }

    protected override string FieldPrefix => "";

    public IActionResult OnGet() => Page();

    public Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct) => TryAsync(async () =>
    {
        await using var content = file?.OpenReadStream();
        Result = await indicators.ImportAsync(file?.FileName, content, Mapping, ct);
        return Page();
    });
}
