using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QualityPolicy.Acknowledgements;
using Ektu.Qa.QualityPolicy.Calendar;
using Ektu.Qa.QualityPolicy.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ektu.Qa.QualityPolicy.Areas.QualityPolicy.Pages.Acknowledgements;

/// <summary>The employee's own acknowledgement tasks; acknowledging records the date and time.</summary>
[Authorize(QualityPolicyPermissions.Documents.Acknowledge)]
internal sealed class MineModel(IAcknowledgementAppService acks, LocalCalendar calendar) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public bool All { get; set; }
    [BindProperty] public Guid TaskId { get; set; }
    [BindProperty] public int Version { get; set; }

    public IReadOnlyList<AcknowledgementDto> Tasks { get; private set; } = [];
    public DateOnly Today => calendar.Today;

    protected override string FieldPrefix => "";

    public DateTime Local(DateTime utc) => calendar.ToLocal(utc);

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(() => LoadAsync(ct));

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => acks.AcknowledgeAsync(TaskId, Version, ct), () => RedirectToPage("/Acknowledgements/Mine"),
            () => LoadAsync(ct));

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct) =>
        new ExcelFileResult<AcknowledgementDto>("my-acknowledgements", L["Menu:QualityPolicy.MyAcknowledgements"],
        [
            new(L["QualityPolicy:Code"], a => a.DocumentCode),
            new(L["QualityPolicy:Title"], a => a.Title),
            new(L["QualityPolicy:Edition"], a => a.EditionNumber),
            new(L["QualityPolicy:DueOn"], a => a.DueOn),
            new(L["QualityPolicy:AcknowledgedAt"], a => a.AcknowledgedAt is { } at ? Local(at) : null),
        ], await acks.GetMineAsync(pendingOnly: !All, ct));

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        Tasks = await acks.GetMineAsync(pendingOnly: !All, ct);
        return Page();
    }
}
