using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QualityPolicy.Acknowledgements;
using Ektu.Qa.QualityPolicy.Calendar;
using Ektu.Qa.QualityPolicy.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.QualityPolicy.Areas.QualityPolicy.Pages.Acknowledgements;

/// <summary>The acknowledgement sheet of one edition (name, position, date), exportable to Excel.</summary>
[Authorize(QualityPolicyPermissions.Acknowledgements.Default)]
internal sealed class SheetModel(IAcknowledgementAppService acks, LocalCalendar calendar) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid EditionId { get; set; }

    public AcknowledgementSheetDto? Sheet { get; private set; }

    public DateTime Local(DateTime utc) => calendar.ToLocal(utc);

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        Sheet = await acks.GetSheetWithDocumentAsync(EditionId, ct);
        return Page();
    });
}
