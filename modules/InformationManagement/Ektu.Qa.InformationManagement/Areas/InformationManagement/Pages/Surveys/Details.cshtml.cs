using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.InformationManagement.Surveys;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.InformationManagement.Areas.InformationManagement.Pages.Surveys;

/// <summary>A survey: target, dates, the anonymity it promises, response rates per stratum with margin of error and bias flags.</summary>
[Authorize(InformationManagementPermissions.Surveys.Default)]
internal sealed class DetailsModel(ISurveyAppService surveys) : QaPageModel
{
    public SurveyDto Survey { get; private set; } = new();
    public IReadOnlyList<ResponseRateDto> Rates { get; private set; } = [];

    [TempData] public string? Codes { get; set; }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => TryAsync(async () =>
    {
        Survey = await surveys.GetAsync(id, ct);
        Rates = await surveys.GetResponseRatesAsync(id, ct);
        return Page();
    });
}
