using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QaCommission.Permissions;
using Ektu.Qa.QaCommission.Register;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.QaCommission.Areas.QaCommission.Pages.Register;

/// <summary>The decisions register of a commission with overdue marks and the non-execution ladder.</summary>
[Authorize(QaCommissionPermissions.Decisions.Default)]
internal sealed class IndexModel(IDecisionRegisterAppService register, ICurrentUser user, global::Ektu.Qa.Kernel.Data.IDbSession db) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public Guid DecisionId { get; set; }
    [BindProperty] public int Version { get; set; }

    public IReadOnlyList<RegisterEntryDto> Entries { get; private set; } = [];
    public bool CanManage { get; private set; }

    protected override string FieldPrefix => "";

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () => { await LoadAsync(ct); return Page(); });

    public Task<IActionResult> OnPostViolationAsync(CancellationToken ct) =>
        RunAsync(() => register.RecordViolationAsync(DecisionId, ViolationKind.Poor, null, ct));

    public Task<IActionResult> OnPostExecutedAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var e = (await register.GetRegisterAsync(Id, false, ct)).SingleOrDefault(x => x.Decision.Id == DecisionId)
            ?? throw new EntityNotFoundException("Decision", DecisionId);
        await register.UpdateAsync(DecisionId, new UpdateRegisterEntryInput
        {
            ExecutorUserId = e.Decision.ExecutorUserId, ExecutorUnitId = e.Decision.ExecutorUnitId, Deadline = e.Decision.Deadline,
                ReportForm = e.Decision.ReportForm,
            Status = ExecutionStatus.Executed, ExecutionNote = e.Decision.ExecutionNote, Version = Version,
        }, ct);
    });

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private Task<IActionResult> RunAsync(Func<Task> action) =>
        RunAndRedirectAsync(action, () => RedirectToPage("/Register/Index", new { id = Id }));

    private async Task LoadAsync(CancellationToken ct)
    {
        Entries = await register.GetRegisterAsync(Id, false, ct);
        CanManage = await user.HasPermissionAsync(QaCommissionPermissions.Decisions.Manage);
    }

    /// <summary>"Export to Excel": the register of the commission shown, with evidence counts.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
    {
        var entries = await register.GetRegisterAsync(Id, false, ct);
        var evidence = await global::Ektu.Qa.QaCommission.Reports.RegisterExport.EvidenceCountsAsync(db, Id, ct);
        return new ExcelFileResult<object?[]>("qa-decisions-register", L["QaCommission:Register"],
            global::Ektu.Qa.QaCommission.Reports.RegisterExport.Columns(L),
            entries.Select(e => global::Ektu.Qa.QaCommission.Reports.RegisterExport.Row(e, evidence.GetValueOrDefault(e.Decision.Id), L)).ToList());
    });
}
