using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QualityPolicy.Documents;
using Ektu.Qa.QualityPolicy.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ektu.Qa.QualityPolicy.Areas.QualityPolicy.Pages.Documents;

/// <summary>Approval by the Board, entry into force, cancellation and supersession.</summary>
[Authorize(QualityPolicyPermissions.Documents.Approve)]
internal sealed class LifecycleModel(IPolicyDocumentAppService documents) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public ApproveEditionInput Approve { get; set; } = new();
    [BindProperty] public EnforceEditionInput Enforce { get; set; } = new();
    [BindProperty] public int Version { get; set; }

    public PolicyDocumentDto Document { get; private set; } = new();
    public DocumentEditionDto? Draft { get; private set; }
    public DocumentEditionDto? Approved { get; private set; }

    protected override string FieldPrefix => _prefix;

    private string _prefix = "";

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(() => LoadAsync(ct));

    public Task<IActionResult> OnPostApproveAsync(CancellationToken ct) => RunAsync("Approve.", () => documents.ApproveAsync(Id, Approve, ct), ct);

    public Task<IActionResult> OnPostEnforceAsync(CancellationToken ct) => RunAsync("Enforce.", () => documents.PutInForceAsync(Id, Enforce, ct), ct);

    public Task<IActionResult> OnPostCancelAsync(CancellationToken ct) => RunAsync("", () => documents.CancelAsync(Id, Version, ct), ct);

    public Task<IActionResult> OnPostSupersedeAsync(CancellationToken ct) => RunAsync("", () => documents.SupersedeAsync(Id, Version, ct), ct);

    private async Task<IActionResult> RunAsync(string prefix, Func<Task<PolicyDocumentDto>> action, CancellationToken ct)
    {
        _prefix = prefix;
        return await RunAndRedirectAsync(action, () => RedirectToPage("/Documents/Details", new { id = Id }),
            () => LoadAsync(ct, keepInput: true));
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct, bool keepInput = false)
    {
        Document = await documents.GetAsync(Id, ct);
        var editions = await documents.GetEditionsAsync(Id, ct);
        Draft = editions.LastOrDefault(e => e.State == DocumentState.Draft);
        Approved = editions.LastOrDefault(e => e.State == DocumentState.Approved);
        if (!keepInput)
        {
            // Forms carry the version read now; a stale one is refused with a conflict message.
            Version = Approve.Version = Enforce.Version = Document.Version;
            Enforce.InForceOn = Approved?.ApprovedOn;
        }
        return Page();
    }
}
