using Ektu.Qa.Kernel.Localization;
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

    /// <summary>The current tab (mine, available or completed), every page of it.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct) =>
        new ExcelFileResult<WorkflowTaskDto>("tasks-" + Filter.ToString().ToLowerInvariant(), L["Menu:Workflow.Inbox"] + " — " + L.Enum(Filter),
        [
            new(L["Workflow:Task"], t => LocalizerExtensions.Pick(t.NameKk, t.NameRu, t.NameEn)),
            new(L["Workflow:Record"], t => t.RecordTitle ?? t.BusinessKey),
            new(L["Workflow:Unit"], t => t.RecordUnit),
            new(L["Workflow:Process"], t => t.ProcessName),
            new(L["Workflow:Created"], t => Clock.Local(t.CreatedAt)),
            new(L["Workflow:Due"], t => Clock.Local(t.DueAt)),
            new(L["Workflow:Assignee"], t => t.AssigneeName),
            new(L["Workflow:Status"], t => L.Enum(t.Status)),
            new(L["Workflow:Outcome"], t => t.OutcomeName),
        ], await PagedExport.AllAsync((page, size) => tasks.GetInboxAsync(Filter, page, size, ct)));
}
