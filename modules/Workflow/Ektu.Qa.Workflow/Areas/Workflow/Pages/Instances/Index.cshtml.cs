using Ektu.Qa.Kernel.Paging;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.Workflow.Instances;
using Ektu.Qa.Workflow.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Workflow.Areas.Workflow.Pages.Instances;

/// <summary>Instances of the units in scope, filtered by process, status and business key.</summary>
[Authorize(WorkflowPermissions.Instances.Default)]
internal sealed class IndexModel(IProcessInstanceAppService instances, ICurrentUser user) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public string? ProcessKey { get; set; }
    [BindProperty(SupportsGet = true)] public InstanceStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? BusinessKey { get; set; }
    [BindProperty(Name = "page", SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public PagedResult<ProcessInstanceDto> Result { get; private set; } = new([], 0, 1, 25);
    public bool CanStart { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        Result = await instances.GetListAsync(new InstanceListInput { ProcessKey = ProcessKey, Status = Status, BusinessKey = BusinessKey,
            Page = PageNumber }, ct);
        // The start page lists the published definitions, which it reads with the definitions permission.
        CanStart = await user.HasPermissionAsync(WorkflowPermissions.Instances.Start)
                   && await user.HasPermissionAsync(WorkflowPermissions.Definitions.Default);
        return Page();
    });

    /// <summary>"Export to Excel" of the current filter (every page, up to 50,000 rows) through the Kernel's streaming writer.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var rows = await PagedExport.AllAsync((page, size) =>
            instances.GetListAsync(new InstanceListInput { ProcessKey = ProcessKey, Status = Status, BusinessKey = BusinessKey, Page = page,
                PageSize = size }, ct));
        return new ExcelFileResult<ProcessInstanceDto>("workflow-instances", L["Menu:Workflow.Instances"],
            new Kernel.Export.ExcelColumn<ProcessInstanceDto>[]
        {
            new(L["Workflow:Process"], i => Kernel.Localization.LocalizerExtensions.Pick(i.NameKk, i.NameRu, i.NameEn)),
            new(L["Workflow:BusinessKey"], i => i.BusinessKey),
            new(L["Workflow:Status"], i => Kernel.Localization.LocalizerExtensions.Enum(L, i.Status)),
            new(L["Workflow:Started"], i => Clock.Local(i.StartedAt)),
            new(L["Workflow:StartedBy"], i => i.StartedBy),
        }, rows);
    }
}
