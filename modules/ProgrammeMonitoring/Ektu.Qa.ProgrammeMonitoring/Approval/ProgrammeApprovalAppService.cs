using System.Text.Json.Nodes;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Settings;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.ProgrammeMonitoring.Permissions;
using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Ektu.Qa.Workflow;

namespace Ektu.Qa.ProgrammeMonitoring.Approval;

/// <summary>
/// Starts the module's two processes for a programme and records what their service tasks report. The instance runs in
/// the programme's department, so each level's role is looked up there or above (department, school, university).
/// </summary>
internal sealed class ProgrammeApprovalAppService(
    ApprovalRepository repo, ProgrammeAppService programmes, IWorkflowIntegrationService workflow, ISettingStore settings, ICurrentUser user,
    IClock clock, IAuditLog audit) : IProgrammeApprovalAppService
{
    public const string BusinessKeyPrefix = "pm-approval:";

    private string By => user.UserName ?? "system";

    public static string BusinessKey(Guid approvalId) => BusinessKeyPrefix + approvalId.ToString("N");

    public static Guid? ApprovalIdOf(string businessKey) =>
        businessKey.StartsWith(BusinessKeyPrefix, StringComparison.Ordinal)
            && Guid.TryParseExact(businessKey[BusinessKeyPrefix.Length..], "N", out var id) ? id : null;

    public async Task<IReadOnlyList<ProgrammeApprovalDto>> GetListAsync(Guid programmeId, CancellationToken ct = default)
    {
        await programmes.GetAsync(programmeId, ct);
        return await repo.ListAsync(programmeId, ct);
    }

    public async Task<ProgrammeApprovalDto> SubmitAsync(Guid programmeId, int number, CancellationToken ct = default)
    {
        var p = await programmes.LoadForChangeAsync(programmeId, ProgrammeMonitoringPermissions.Programmes.Manage, ct);
        var v = await programmes.FindVersionAsync(programmeId, number, ct);
        ProgrammeAppService.EnsureOpenVersion(v);
        if (await repo.RunningAsync(programmeId, ct) != null) throw new QaException(ApprovalErrorCodes.Running, 409);
        // A proposal whose base was superseded would fail at the last level: its author starts from the version in force.
        if (p.ApprovedNumber != null && v.BaseNumber != p.ApprovedNumber)
            throw new QaException(ProgrammeErrorCodes.StaleProposal, 409, number, p.ApprovedNumber);
        var finalBody = await settings.GetAsync(ApprovalProcesses.FinalBodySetting, ct);
        var a = await StartAsync(p, ApprovalProcesses.Approval, number, null, new JsonObject
        {
            ["programme"] = p.GroupCode, ["versionNumber"] = number,
            ["finalBody"] = finalBody is "Board" or "ScientificCouncil" ? finalBody : "",
        }, ct);
        await programmes.SubmittedAsync(p, number, ct);
        return a;
    }

    public async Task<ProgrammeApprovalDto> RequestRegisterChangeAsync(Guid programmeId, RegisterEventKind kind, CancellationToken ct = default)
    {
        var p = await programmes.LoadForChangeAsync(programmeId, ProgrammeMonitoringPermissions.Programmes.Approve, ct);
        if (!Enum.IsDefined(kind)) throw ValidationException.For("Kind", ErrorCodes.InvalidValue);
        if (await repo.RunningAsync(programmeId, ct) != null) throw new QaException(ApprovalErrorCodes.Running, 409);
        var allowed = kind == RegisterEventKind.Included
            ? p.Status == ProgrammeStatus.Approved
            : p.Status is ProgrammeStatus.InNationalRegister or ProgrammeStatus.Suspended;
        if (!allowed) throw new QaException(ApprovalErrorCodes.RegisterChange, 409, p.Status, kind);
        var a = await StartAsync(p, ApprovalProcesses.RegisterChange, null, kind,
            new JsonObject { ["programme"] = p.GroupCode, ["kind"] = kind.ToString() }, ct);
        await audit.WriteAsync(ProgrammeMonitoringConsts.ModuleName, "Programme", p.Id, "RegisterChangeRequested",
            [new AuditChange("Kind", null, kind.ToString())], ct, unitId: p.SchoolId);
        return a;
    }

    /// <summary>
    /// A service task's report on the run named by <paramref name="businessKey"/>: applies <paramref name="apply"/> and
    /// records the outcome once. A run no longer running, or another instance's, changes nothing.
    /// </summary>
    internal async Task<bool> ConcludeAsync(string businessKey, Guid instanceId, ApprovalOutcome outcome, string? comment,
        Func<ProgrammeApprovalDto, string?, Task<int?>> apply, CancellationToken ct)
    {
        if (ApprovalIdOf(businessKey) is not { } id || await repo.FindAsync(id, ct) is not { } a) return false;
        if (a.InstanceId != instanceId || a.Outcome != ApprovalOutcome.Running) return false;
        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (text is { Length: > ProgrammeMonitoringConsts.TextMax }) text = text[..ProgrammeMonitoringConsts.TextMax];
        var newNumber = await apply(a, text);
        return await repo.DecideAsync(id, outcome, text, newNumber, clock.UtcNow, By, ct);
    }

    private async Task<ProgrammeApprovalDto> StartAsync(ProgrammeDto p, string processKey, int? number, RegisterEventKind? kind,
        JsonObject variables, CancellationToken ct)
    {
        var id = Guid.NewGuid();
        variables["initiator"] = user.UserName;
        // SubmitAsync completes the author's own "submit" step: the four-eyes levels then never offer them a decision.
        var instance = await workflow.SubmitAsync(processKey, BusinessKey(id), p.DepartmentId, variables, ct);
        var a = new ProgrammeApprovalDto
        {
            Id = id, ProgrammeId = p.Id, VersionNumber = number, RegisterKind = kind, InstanceId = instance, Outcome = ApprovalOutcome.Running,
            SubmittedBy = By, SubmittedAt = clock.UtcNow,
        };
        await repo.InsertAsync(a, ct);
        return a;
    }
}
