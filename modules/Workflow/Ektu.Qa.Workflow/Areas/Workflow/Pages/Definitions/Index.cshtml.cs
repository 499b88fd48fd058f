using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.Workflow.Definitions;
using Ektu.Qa.Workflow.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Workflow.Areas.Workflow.Pages.Definitions;

/// <summary>Process definitions with their published and draft versions; import of a .bpmn file.</summary>
[Authorize(WorkflowPermissions.Definitions.Default)]
internal sealed class IndexModel(IProcessDefinitionAppService definitions, ICurrentUser user) : QaPageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }

    public IReadOnlyList<ProcessDefinitionDto> Items { get; private set; } = [];
    public bool CanManage { get; private set; }

    protected override string FieldPrefix => "";

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await ReloadAsync();
        return Page();
    });

    public Task<IActionResult> OnPostImportAsync(CancellationToken ct) =>
        RunAndRedirectAsync(async () =>
        {
            if (Upload == null || Upload.Length == 0) throw ValidationException.For(nameof(Upload), ErrorCodes.Required);
            if (Upload.Length > WorkflowConsts.MaxBpmnBytes)
                throw ValidationException.For(nameof(Upload), WorkflowErrorCodes.InvalidBpmn + ".TooLarge");
            using var buffer = new MemoryStream();
            await Upload.CopyToAsync(buffer, ct);
            var def = await definitions.ImportAsync(buffer.ToArray(), ct);
            return RedirectToPage("/Definitions/Edit", new { id = def.Id });
        });

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct) =>
        new ExcelFileResult<ProcessDefinitionDto>("process-definitions", L["Menu:Workflow.Definitions"],
        [
            new(L["Workflow:Process"], d => LocalizerExtensions.Pick(d.NameKk, d.NameRu, d.NameEn)),
            new(L["Workflow:Key"], d => d.ProcessKey),
            new(L["Workflow:Published"], d => d.PublishedNumber),
            new(L["Workflow:Draft"], d => d.DraftNumber),
            new(L["Workflow:Updated"], d => Clock.Local(d.UpdatedAt)),
        ], await definitions.GetListAsync(ct));

    protected override async Task ReloadAsync()
    {
        Items = await definitions.GetListAsync();
        CanManage = await user.HasPermissionAsync(WorkflowPermissions.Definitions.Manage);
    }
}
