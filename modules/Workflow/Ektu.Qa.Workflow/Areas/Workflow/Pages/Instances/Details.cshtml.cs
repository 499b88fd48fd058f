using Ektu.Qa.Kernel.Localization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.Workflow.Definitions;
using Ektu.Qa.Workflow.Instances;
using Ektu.Qa.Workflow.Permissions;
using Ektu.Qa.Workflow.Tasks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Workflow.Areas.Workflow.Pages.Instances;

/// <summary>
/// One instance: its diagram with what has run and what is active, variables, history, open tasks, and the admin
/// actions (cancel, retry, move a token), each audited by the app service.
/// </summary>
[Authorize(WorkflowPermissions.Instances.Default)]
internal sealed class DetailsModel(IProcessInstanceAppService instances, ITaskAppService tasks, ICurrentUser user) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public int InstanceVersion { get; set; }
    [BindProperty] public string FromElementId { get; set; } = "";
    [BindProperty] public string ToElementId { get; set; } = "";

    public ProcessInstanceDto Item { get; private set; } = new();
    public IReadOnlyList<HistoryEntryDto> History { get; private set; } = [];
    public IReadOnlyList<WorkflowTaskDto> Tasks { get; private set; } = [];
    public IReadOnlyList<string> Completed { get; private set; } = [];
    public IReadOnlyList<string> Active { get; private set; } = [];

    /// <summary>The active elements by the name the history shows (the id only for an unnamed one): where a token may move from.</summary>
    public IReadOnlyList<(string Id, string Name)> ActiveNamed { get; private set; } = [];
    public bool CanManage { get; private set; }

    protected override string FieldPrefix => "";

    /// <summary>
    /// The variables as written (Cyrillic and Kazakh letters, not <c>\u</c> escapes): the relaxed encoder leaves them and
    /// markup alone, which is safe here only because Razor HTML-encodes this string where the page shows it.
    /// </summary>
    public string VariablesJson => Item.Variables?.ToJsonString(ReadableJson) ?? "{}";

    private static readonly JsonSerializerOptions ReadableJson = new()
    {
        WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(() => LoadAsync(ct));

    /// <summary>The diagram the viewer loads: the version this instance runs on, for whoever may read the instance.</summary>
    public Task<IActionResult> OnGetXmlAsync(CancellationToken ct) => TryAsync(async () =>
    {
        var xml = await instances.GetModelXmlAsync(Id, ct);
        ModelXmlFile.Protect(Response);
        return File(Encoding.UTF8.GetBytes(xml), ModelXmlFile.ContentType, Id + ".bpmn");
    });

    public Task<IActionResult> OnPostCancelAsync(CancellationToken ct) => RunAsync(() => instances.CancelAsync(Id, InstanceVersion, ct), ct);

    public Task<IActionResult> OnPostRetryAsync(CancellationToken ct) => RunAsync(() => instances.RetryAsync(Id, InstanceVersion, ct), ct);

    public Task<IActionResult> OnPostMoveAsync(CancellationToken ct) => RunAsync(() => instances.MoveTokenAsync(Id,
        new MoveTokenInput { FromElementId = FromElementId, ToElementId = ToElementId, Version = InstanceVersion }, ct), ct);

    protected override Task ReloadAsync() => LoadAsync(CancellationToken.None);

    /// <summary>A history event as a person reads it ("Entered", "Path taken"), never the engine's name for it.</summary>
    public string EventText(string kind) => Known("Workflow:Event." + kind) ?? kind;

    /// <summary>The element's name in the model, else a word for its type; never its id.</summary>
    public string ElementText(HistoryEntryDto h) =>
        h.ElementName ?? (h.ElementKind == null ? null : Known("Workflow:ElementKind." + h.ElementKind)) ?? (h.ElementId == null ? "" : "—");

    /// <summary>An admin action or a completion ("approve Looks fine"): the leading outcome or action word localized.</summary>
    public string? ActionText(string? detail)
    {
        if (string.IsNullOrWhiteSpace(detail)) return null;
        var space = detail.IndexOf(' ', StringComparison.Ordinal);
        var (head, rest) = space < 0 ? (detail, "") : (detail[..space], detail[space..]);
        var word = Known("Workflow:Outcome." + head) ?? Known("Workflow:Action." + head);
        return word == null ? detail : word + rest;
    }

    /// <summary>The task's decision in words; a done task without a decision reads as its status.</summary>
    public string OutcomeText(WorkflowTaskDto t) =>
        t.OutcomeName ?? (t.Status == WorkflowTaskStatus.Completed ? L.Enum(t.Status) : "");

    private string? Known(string key) => L[key] is { ResourceNotFound: false } s ? s.Value : null;

    private Task<IActionResult> RunAsync(Func<Task> action, CancellationToken ct) =>
        RunAndRedirectAsync(action, () => RedirectToPage("/Instances/Details", new { id = Id }));

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        Item = await instances.GetAsync(Id, ct);
        History = await instances.GetHistoryAsync(Id, ct);
        Tasks = await tasks.GetByInstanceAsync(Id, ct);
        CanManage = await user.HasPermissionAsync(WorkflowPermissions.Instances.Manage);
        // An element is active while it has been entered more often than it has ended.
        var open = new Dictionary<string, int>();
        var done = new HashSet<string>();
        foreach (var h in History.Where(h => h.ElementId != null))
        {
            var id = h.ElementId!;
            switch (h.Event)
            {
                case "Entered": open[id] = open.GetValueOrDefault(id) + 1; break;
                case "Completed" or "Cancelled": open[id] = open.GetValueOrDefault(id) - 1; done.Add(id); break;
                case "FlowTaken": done.Add(id); break;
            }
        }
        Active = open.Where(kv => kv.Value > 0).Select(kv => kv.Key).ToList();
        Completed = done.Except(Active).ToList();
        ActiveNamed = Active.Select(id => (id, History.FirstOrDefault(h => h.ElementId == id && h.ElementName != null)?.ElementName ?? id)).ToList();
        return Page();
    }
}
