using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.InformationManagement.Surveys;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.InformationManagement.Areas.InformationManagement.Pages.Surveys;

/// <summary>The surveys addressed to the caller: open ones to answer, answered and closed ones for the record.</summary>
[Authorize(InformationManagementPermissions.Surveys.Respond)]
internal sealed class MineModel(ISurveyAppService surveys) : QaPageModel
{
    public IReadOnlyList<MySurveyDto> Items { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        Items = await surveys.GetMineAsync(ct);
        return Page();
    });
}
