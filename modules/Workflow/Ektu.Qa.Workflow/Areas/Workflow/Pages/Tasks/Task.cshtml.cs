using System.Text.Json.Nodes;
using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.Workflow.Permissions;
using Ektu.Qa.Workflow.Tasks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Workflow.Areas.Workflow.Pages.Tasks;

/// <summary>
/// One task: claim, release, delegate, resolve, and complete with the generic forms ("approval": approve / revise /
/// reject with a comment; "task": done with a comment). A form key that is a path sends the user to the module's own page.
/// </summary>
[Authorize(WorkflowPermissions.Tasks.Default)]
internal sealed class TaskModel(ITaskAppService tasks, IIdentityIntegrationService identity, ICurrentUser user) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public CompleteTaskInput Input { get; set; } = new();
    [BindProperty] public Guid DelegateTo { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public int TaskVersion { get; set; }

    /// <summary>
    /// The declared form fields as posted (text; the app service converts them to their types). The explicit name keeps
    /// the binder from falling back to the whole form when no field is posted.
    /// </summary>
    [BindProperty(Name = "Fields")] public Dictionary<string, string?> Fields { get; set; } = [];

    public WorkflowTaskDto Item { get; private set; } = new();
    public TaskRecordDto Record { get; private set; } = new(null, []);
    public IReadOnlyList<UserSummary> Colleagues { get; private set; } = [];
    public Guid? Me => user.Id;

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(() => LoadAsync(ct));

    public Task<IActionResult> OnPostClaimAsync(CancellationToken ct) => RunAsync(() => tasks.ClaimAsync(Id, TaskVersion, ct), ct);

    public Task<IActionResult> OnPostReleaseAsync(CancellationToken ct) => RunAsync(() => tasks.ReleaseAsync(Id, TaskVersion, ct), ct);

    public Task<IActionResult> OnPostDelegateAsync(CancellationToken ct) =>
        RunAsync(() => tasks.DelegateAsync(Id, new DelegateTaskInput { UserId = DelegateTo, Comment = Note, Version = TaskVersion }, ct), ct);

    public Task<IActionResult> OnPostResolveAsync(CancellationToken ct) => RunAsync(() => tasks.ResolveAsync(Id, Note, TaskVersion, ct), ct);

    public Task<IActionResult> OnPostCompleteAsync(CancellationToken ct) =>
        RunAndRedirectAsync(
            async () => await tasks.CompleteAsync(Id, Input with { Version = TaskVersion, Values = await ValuesAsync(ct) }, ct),
            () => RedirectToPage("/Tasks/Index", new { filter = "Completed" }),
            () => LoadAsync(ct));

    private Task<IActionResult> RunAsync(Func<Task> action, CancellationToken ct) =>
        RunAndRedirectAsync(action, () => RedirectToPage("/Tasks/Task", new { id = Id }), () => LoadAsync(ct));

    /// <summary>The error of a declared field, as the app service names it (<c>Values.&lt;id&gt;</c>).</summary>
    public string? FieldError(string id) =>
        ModelState.TryGetValue(FieldPrefix + "Values." + id, out var e) && e.Errors.Count > 0 ? e.Errors[0].ErrorMessage : null;

    /// <summary>
    /// The posted fields the task declares (this form draws no others); an unticked box posts nothing, so a declared
    /// boolean missing from the post is false.
    /// </summary>
    private async Task<JsonObject?> ValuesAsync(CancellationToken ct)
    {
        var values = new JsonObject();
        foreach (var f in (await tasks.GetAsync(Id, ct)).Fields)
        {
            if (Fields.TryGetValue(f.Id, out var value)) values[f.Id] = value;
            else if (f.Type == "boolean") values[f.Id] = "false";
        }
        return values.Count == 0 ? null : values;
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        Item = await tasks.GetAsync(Id, ct);
        Record = await tasks.GetRecordAsync(Id, ct);
        Colleagues = (await identity.GetMembersAsync(Item.UnitId, ct)).Where(u => u.Id != user.Id).ToList();
        return Page();
    }
}
