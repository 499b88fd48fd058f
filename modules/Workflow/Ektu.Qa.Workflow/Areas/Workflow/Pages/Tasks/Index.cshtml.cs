using Ektu.Qa.Kernel.Paging;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.Workflow.Permissions;
using Ektu.Qa.Workflow.Tasks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Workflow.Areas.Workflow.Pages.Tasks;

/// <summary>The inbox: assigned to me, available to my roles, completed by me.</summary>
[Authorize(WorkflowPermissions.Tasks.Default)]
internal sealed class IndexModel(ITaskAppService tasks) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public TaskFilter Filter { get; set; } = TaskFilter.Mine;
    [BindProperty(Name = "page", SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public PagedResult<WorkflowTaskDto> Result { get; private set; } = new([], 0, 1, 25);
    public TaskCountsDto Counts { get; private set; } = new();

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        Counts = await tasks.GetCountsAsync(ct);
        Result = await tasks.GetInboxAsync(Filter, PageNumber, 25, ct);
        return Page();
    });
}
