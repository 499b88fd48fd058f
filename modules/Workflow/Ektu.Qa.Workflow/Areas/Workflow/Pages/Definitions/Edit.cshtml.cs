using System.Text.Json;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.Workflow.Definitions;
using Ektu.Qa.Workflow.Permissions;
using Ektu.Qa.Workflow.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Workflow.Areas.Workflow.Pages.Definitions;

/// <summary>
/// The designer: bpmn-js edits the draft (read-only for those without Manage, and for old versions); saving runs the
/// engine's own checks and marks refused elements on the diagram; publishing freezes the draft. Also serves the XML
/// the viewer loads and the .bpmn export.
/// </summary>
[Authorize(WorkflowPermissions.Definitions.Default)]
internal sealed class EditModel(IProcessDefinitionAppService definitions, ICurrentUser user) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public int? Number { get; set; }
    [BindProperty] public string Xml { get; set; } = "";
    [BindProperty] public int DraftVersion { get; set; }
    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }
    [BindProperty(SupportsGet = true)] public bool Published { get; set; }

    public ProcessDefinitionDto Item { get; private set; } = new();
    public IReadOnlyList<DefinitionVersionDto> Versions { get; private set; } = [];
    public DefinitionVersionDto? Shown { get; private set; }
    public bool Editable { get; private set; }
    public string ProblemsJson { get; private set; } = "[]";

    protected override string FieldPrefix => "";

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        return Page();
    });

    /// <summary>What the designer and the instance viewer fetch; the export link is the same download.</summary>
    public Task<IActionResult> OnGetXmlAsync(CancellationToken ct) => TryAsync(async () =>
    {
        var (content, fileName) = await ModelXmlFile.ReadAsync(definitions, Id, Number, ct);
        ModelXmlFile.Protect(Response);
        return File(content, ModelXmlFile.ContentType, fileName);
    });

    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => OnGetXmlAsync(ct);

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            await definitions.SaveDraftAsync(Id, new SaveDraftInput { Xml = Xml, Version = DraftVersion }, ct);
            return RedirectToPage("/Definitions/Edit", new { id = Id, saved = true });
        }
        catch (ValidationException e)
        {
            // Refused elements are marked on the diagram; the designer shows the diagram as posted, not the stored draft.
            ProblemsJson = JsonSerializer.Serialize(e.Errors.SelectMany(kv =>
                kv.Value.Select(m => new { elementId = kv.Key, message = L[m].Value })));
            foreach (var (field, codes) in e.Errors)
                foreach (var code in codes) ModelState.AddModelError(string.Empty, field + ": " + L[code]);
            Response.StatusCode = 400;
            await LoadAsync(ct);
            return Page();
        }
        catch (QaException e) when (e is not EntityNotFoundException)
        {
            ModelState.AddModelError(string.Empty, L[e.Code, e.Args]);
            Response.StatusCode = e.Status;
            await LoadAsync(ct);
            return Page();
        }
    }

    public Task<IActionResult> OnPostPublishAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => definitions.PublishAsync(Id, DraftVersion, ct),
            () => RedirectToPage("/Definitions/Edit", new { id = Id, published = true }));

    protected override Task ReloadAsync() => LoadAsync(CancellationToken.None);

    private async Task LoadAsync(CancellationToken ct)
    {
        Item = await definitions.GetAsync(Id, ct);
        Versions = await definitions.GetVersionsAsync(Id, ct);
        Shown = Number is { } n ? Versions.FirstOrDefault(v => v.Number == n)
            : Versions.FirstOrDefault(v => v.Status == DefinitionVersionStatus.Draft) ?? Versions.FirstOrDefault();
        if (Shown == null) throw new EntityNotFoundException("ProcessDefinitionVersion", Id);
        var canManage = await user.HasPermissionAsync(WorkflowPermissions.Definitions.Manage);
        // A published version is frozen; editing it starts a new draft from it.
        Editable = canManage && (Shown.Status == DefinitionVersionStatus.Draft || Item.DraftNumber == null && Shown.Number == Item.PublishedNumber);
    }
}
