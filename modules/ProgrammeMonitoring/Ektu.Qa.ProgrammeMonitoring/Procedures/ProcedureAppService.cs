using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Files;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.Kernel.Web.Uploads;
using Ektu.Qa.ProgrammeMonitoring.Permissions;
using Ektu.Qa.ProgrammeMonitoring.Programmes;

namespace Ektu.Qa.ProgrammeMonitoring.Procedures;

/// <summary>
/// The eleven improvement procedures (000 §Std 9) as recurring activities. The office (Monitoring.Manage) sets owners and
/// cycles; the scheduler plans each due run; the owner unit's staff (Programmes.Manage, unit in scope) record findings
/// and evidence and raise the run's actions as CAPA items through Improvement.
/// </summary>
internal sealed class ProcedureAppService(ProcedureRepository repo, ProgrammeUnits units, EvidenceFileStore files, ICapaIntegrationService capa,
    AuditContext<ProgrammeMonitoringContractsModule> audit, ICurrentUser user, IClock clock, IUserClock userClock) : IProcedureAppService
{
    private const string Entity = "ProcedureRun";
    private static readonly UploadRules Evidence =
        new(20 * 1024 * 1024, 200, ProcedureErrorCodes.EvidenceRequired, ["pdf", "docx", "xlsx"]) { Field = nameof(RecordRunInput.File) };

    private DateOnly Today => userClock.Today;

    public async Task<IReadOnlyList<ProcedureDto>> GetProceduresAsync(CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Default);
        var scope = await units.ScopeAsync(ct);
        var list = await repo.ProceduresAsync(scope.All, scope.UnitIds, ct);
        foreach (var p in list) p.UnitName = await units.NameAsync(p.UnitId, ct);
        return list;
    }

    public async Task<ProcedureDto> CreateProcedureAsync(SaveProcedureInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Monitoring.Manage);
        var scope = await units.ScopeAsync(ct);
        var known = (await units.AllAsync(ct)).ContainsKey(input.UnitId);
        new Check()
            .That(input.Number is >= 1 and <= ProcedureRules.Count, nameof(input.Number), ProcedureErrorCodes.Number)
            .That(known && scope.Contains(input.UnitId), nameof(input.UnitId), known ? ErrorCodes.InvalidValue : ErrorCodes.Required)
            .Required(nameof(input.OwnerName), input.OwnerName, ProgrammeMonitoringConsts.TitleMax)
            .Optional(nameof(input.OwnerNameRu), input.OwnerNameRu, ProgrammeMonitoringConsts.TitleMax)
            .Optional(nameof(input.OwnerNameEn), input.OwnerNameEn, ProgrammeMonitoringConsts.TitleMax)
            .That(Enum.IsDefined(input.Cycle), nameof(input.Cycle), ErrorCodes.InvalidValue)
            .That(input.FirstDueOn != null, nameof(input.FirstDueOn), ErrorCodes.Required)
            .ThrowIfAny();
        var id = Guid.NewGuid();
        await repo.InsertProcedureAsync(id, input, input.FirstDueOn!.Value, clock.UtcNow, audit.By, ct);
        var after = (await GetProceduresAsync(ct)).Single(p => p.Id == id);
        await audit.WriteAsync("Procedure", id, "ProcedureCreated", AuditChanges.Between(null, after), ct, unitId: input.UnitId);
        return after;
    }

    public async Task<IReadOnlyList<ProcedureRunDto>> GetRunsAsync(RunFilter filter, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Default);
        var scope = await units.ScopeAsync(ct);
        var list = filter.OverdueOnly
            ? await repo.RunsAsync(scope.All, scope.UnitIds, null, null, Today, ct)
            : await repo.RunsAsync(scope.All, scope.UnitIds, new DateOnly(filter.Year ?? Today.Year, 1, 1),
                new DateOnly(filter.Year ?? Today.Year, 12, 31), null, ct);
        foreach (var r in list) await NameAsync(r, ct);
        return list;
    }

    public async Task<ProcedureRunDto> GetRunAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Default);
        return await LoadAsync(id, ct);
    }

    public async Task<ProcedureRunDto> RecordRunAsync(Guid id, RecordRunInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Manage);
        var before = await LoadAsync(id, ct);
        new Check().Required(nameof(input.Findings), input.Findings, 4000).ThrowIfAny();
        (string, string, string)? evidence = null;
        if (input.File != null && !string.IsNullOrWhiteSpace(input.FileName))
        {
            // Checked whole before anything is stored: a refused file leaves nothing behind.
            var upload = await UploadCheck.ReadAsync(input.FileName, input.File, Evidence, ct);
            var (path, _) = await files.SaveAsync(upload.Content, upload.Kind, ct);
            evidence = (upload.FileName, path, upload.Kind);
        }
        await repo.RecordRunAsync(id, input.Findings.Trim(), before.DoneOn ?? Today, evidence, input.Version, clock.UtcNow, audit.By, ct);
        var after = await LoadAsync(id, ct);
        await audit.WriteAsync(Entity, id, "RunRecorded", AuditChanges.Between(before, after), ct, unitId: before.UnitId);
        return after;
    }

    public async Task<Guid> RaiseActionAsync(Guid runId, RaiseRunActionInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Manage);
        var run = await LoadAsync(runId, ct);
        // Improvement checks its own permission, the unit's scope and the texts; the run's unit owns the action.
        var item = await capa.RaiseAsync(new SaveCapaItemInput
        {
            UnitId = run.UnitId, Source = ProcedureCapaSources.Run, SourceId = run.Id, Problem = input.Problem, CorrectiveAction = input.Action,
            OwnerUserId = user.Id ?? Guid.Empty, Deadline = input.Deadline,
        }, ct);
        await audit.WriteAsync(Entity, runId, "RunActionRaised", [new AuditChange("CorrectiveAction", null, item.CorrectiveAction)], ct,
            unitId: run.UnitId);
        return item.Id;
    }

    public async Task<FileDownload> OpenEvidenceAsync(Guid runId, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Default);
        await LoadAsync(runId, ct);
        var e = await repo.EvidenceAsync(runId, ct);
        if (e?.Path == null || e.Kind == null) throw new QaException(ProcedureErrorCodes.NoEvidence, 404);
        return new FileDownload(e.Name ?? $"evidence.{e.Kind}", FileInspector.ContentType(e.Kind), files.OpenRead(e.Path));
    }

    public async Task<int> PlanDueRunsAsync(DateOnly horizon, CancellationToken ct = default)
    {
        var planned = 0;
        foreach (var p in await repo.DueAsync(horizon, ct))
        {
            var due = p.NextDueOn;
            for (; due <= horizon; due = ProcedureRules.Next(due, p.Cycle))
            {
                if (await repo.RunExistsAsync(p.Id, due, ct)) continue;
                await repo.InsertRunAsync(Guid.NewGuid(), p.Id, due, clock.UtcNow, audit.By, ct);
                planned++;
            }
            await repo.AdvanceAsync(p.Id, due, clock.UtcNow, ct);
        }
        return planned;
    }

    private async Task<ProcedureRunDto> LoadAsync(Guid id, CancellationToken ct)
    {
        var r = await repo.FindRunAsync(id, ct);
        if (r == null || !(await units.ScopeAsync(ct)).Contains(r.UnitId)) throw new EntityNotFoundException(Entity, id);
        return await NameAsync(r, ct);
    }

    private async Task<ProcedureRunDto> NameAsync(ProcedureRunDto r, CancellationToken ct)
    {
        r.UnitName = await units.NameAsync(r.UnitId, ct);
        r.IsOverdue = ProcedureRules.Overdue(r.State, r.DueOn, Today);
        return r;
    }
}
