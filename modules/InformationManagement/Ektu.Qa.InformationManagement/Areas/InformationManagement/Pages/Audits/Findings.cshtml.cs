using Ektu.Qa.InformationManagement.Audits;
using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.InformationManagement.Areas.InformationManagement.Pages.Audits;

/// <summary>The findings register of a year's audits in scope, with whether each nonconformity has its CAPA item.</summary>
[Authorize(InformationManagementPermissions.Audits.Default)]
internal sealed class FindingsModel(IAuditAppService audits) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public IReadOnlyList<AuditFindingDto> Items { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        Year ??= Clock.Today.Year;
        Items = await audits.GetFindingsAsync(Year, ct);
        return Page();
    });

    /// <summary>"Export to Excel" of the register.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
        new ExcelFileResult<AuditFindingDto>("audit-findings", L["Menu:InformationManagement.AuditFindings"], new ExcelColumn<AuditFindingDto>[]
        {
            new(L["InformationManagement:Audits.PlanYear"], f => f.PlanYear),
            new(L["InformationManagement:Audits.Title"], f => f.AuditTitle),
            new(L["InformationManagement:Audits.Unit"], f => f.UnitName),
            new(L["InformationManagement:Audits.Class"], f => L.Enum(f.Class)),
            new(L["InformationManagement:Audits.Finding"], f => f.Text),
            new(L["InformationManagement:Audits.Requirement"], f => f.Requirement),
            new(L["InformationManagement:Audits.Capa"], CapaText),
            new(L["InformationManagement:Audits.State"], f => L.Enum(f.AuditState)),
        }, await audits.GetFindingsAsync(Year ?? Clock.Today.Year, ct)));

    public string CapaText(AuditFindingDto f) => f.Class != FindingClass.Nonconformity ? ""
        : L[f.CapaItemId == null ? "InformationManagement:Audits.CapaNotRaised" : "InformationManagement:Audits.CapaRaised"].Value;
}
