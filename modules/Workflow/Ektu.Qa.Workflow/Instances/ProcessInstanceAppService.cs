using System.Globalization;
using System.Text.Json;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Paging;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Workflow.Definitions;
using Ektu.Qa.Workflow.Permissions;
using Ektu.Qa.Workflow.Runtime;

namespace Ektu.Qa.Workflow.Instances;

/// <summary>Instances of the units in scope; another unit's instance is not found. Admin actions are audited.</summary>
internal sealed class ProcessInstanceAppService(
    InstanceRepository repo, HistoryRepository history, DefinitionRepository definitions, WorkflowRuntime runtime, IOrganizationScope scope,
        AuditContext<WorkflowContractsModule> audit, ICurrentUser user,
    IEnumerable<WorkflowProcessOwner> owners) : IProcessInstanceAppService
{
    private const string Initiator = "initiator";

    /// <summary>
    /// Starts a process that no module owns (a module's own process starts only through the module, which checks its
    /// record and sets its variables). The starter is the <c>initiator</c>, a variable nobody can set for someone else.
    /// </summary>
    public async Task<ProcessInstanceDto> StartAsync(StartProcessInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(WorkflowPermissions.Instances.Start);
        new Check()
            .Required(nameof(input.ProcessKey), input.ProcessKey, WorkflowConsts.KeyMax)
            .Required(nameof(input.BusinessKey), input.BusinessKey, WorkflowConsts.BusinessKeyMax)
            .That(input.UnitId != Guid.Empty, nameof(input.UnitId), ErrorCodes.Required)
            .ThrowIfAny();
        var key = input.ProcessKey.Trim();
        if (owners.FirstOrDefault(o => string.Equals(o.ProcessKey, key, StringComparison.Ordinal)) is { } owner)
            throw new QaException(WorkflowErrorCodes.ModuleProcess, 403, key, owner.Module);
        if (!(await scope.GetAsync(ct)).Contains(input.UnitId)) throw new EntityNotFoundException("OrganizationUnit", input.UnitId);
        var variables = input.Variables?.DeepClone().AsObject() ?? [];
        if (variables[Initiator] is { } given && (given.GetValueKind() != JsonValueKind.String || given.GetValue<string>() != user.UserName))
            throw ValidationException.For(nameof(input.Variables) + "." + Initiator, WorkflowErrorCodes.ProtectedVariable);
        if (user.UserName != null) variables[Initiator] = user.UserName;
        var row = await runtime.StartAsync(key, input.BusinessKey.Trim(), input.UnitId, variables, [Initiator], ct);
        await audit.WriteAsync("ProcessInstance", row.Id, "Started", [new AuditChange("BusinessKey", null, row.BusinessKey)], ct,
            unitId: input.UnitId);
        return (await repo.FindDtoAsync(row.Id, ct))!;
    }

    public async Task<PagedResult<ProcessInstanceDto>> GetListAsync(InstanceListInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(WorkflowPermissions.Instances.Default);
        var (page, size, offset) = PagedResult<ProcessInstanceDto>.Normalize(input.Page, input.PageSize);
        var (items, total) = await repo.ListAsync(input, await scope.GetAsync(ct), offset, size, ct);
        return new PagedResult<ProcessInstanceDto>(items, total, page, size);
    }

    public async Task<ProcessInstanceDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var row = await FindInScopeAsync(id, WorkflowPermissions.Instances.Default, ct);
        return (await repo.FindDtoAsync(id, ct))! with { Variables = WorkflowRuntime.Deserialize(row).Variables };
    }

    public async Task<IReadOnlyList<HistoryEntryDto>> GetHistoryAsync(Guid id, CancellationToken ct = default)
    {
        var row = await FindInScopeAsync(id, WorkflowPermissions.Instances.Default, ct);
        var model = await runtime.ModelAsync(row.DefinitionVersionId, ct);
        var culture = CultureInfo.CurrentUICulture.Name;
        return (await history.GetAsync(id, ct)).Select(h =>
        {
            if (h.ElementId == null) return h;
            if (model.FindNode(h.ElementId) is { } node) return h with { ElementName = Named(node.Names.Get(culture)),
                ElementKind = node.Kind.ToString() };
            if (model.FindFlow(h.ElementId) is { } flow) return h with { ElementName = Named(flow.Name), ElementKind = "SequenceFlow" };
            return h;
        }).ToList();
    }

    public async Task<string> GetModelXmlAsync(Guid id, CancellationToken ct = default)
    {
        var row = await FindInScopeAsync(id, WorkflowPermissions.Instances.Default, ct);
        return await definitions.GetXmlAsync(row.DefinitionVersionId, ct) ?? "";
    }

    public async Task CancelAsync(Guid id, int version, CancellationToken ct = default)
    {
        var row = await ManageAsync(id, version, ct);
        if (row.Status != (int)InstanceStatus.Running
            && row.Status != (int)InstanceStatus.Failed) throw new QaException(WorkflowErrorCodes.InstanceNotRunning, 409);
        await runtime.CancelAsync(row, ct);
        await audit.WriteAsync("ProcessInstance", id, "Cancelled", null, ct, unitId: row.UnitId);
    }

    public async Task RetryAsync(Guid id, int version, CancellationToken ct = default)
    {
        var row = await ManageAsync(id, version, ct);
        await runtime.RetryAsync(row, ct);
        await audit.WriteAsync("ProcessInstance", id, "Retried", null, ct, unitId: row.UnitId);
    }

    public async Task MoveTokenAsync(Guid id, MoveTokenInput input, CancellationToken ct = default)
    {
        var row = await ManageAsync(id, input.Version, ct);
        new Check().Required(nameof(input.FromElementId), input.FromElementId, 200).Required(nameof(input.ToElementId), input.ToElementId, 200)
            .ThrowIfAny();
        await runtime.MoveAsync(row, input.FromElementId.Trim(), input.ToElementId.Trim(), ct);
        await audit.WriteAsync("ProcessInstance", id, "TokenMoved",
            [new AuditChange("Token", input.FromElementId, input.ToElementId)], ct, unitId: row.UnitId);
    }

    private static string? Named(string? name) => string.IsNullOrWhiteSpace(name) ? null : name.Trim();

    private async Task<InstanceRow> ManageAsync(Guid id, int version, CancellationToken ct)
    {
        var row = await FindInScopeAsync(id, WorkflowPermissions.Instances.Manage, ct);
        if (row.Version != version) throw new ConcurrencyConflictException("ProcessInstance", id);
        return row;
    }

    private async Task<InstanceRow> FindInScopeAsync(Guid id, string permission, CancellationToken ct)
    {
        await user.EnsureAsync(permission);
        var row = await repo.FindAsync(id, ct);
        if (row == null || !(await scope.GetAsync(ct)).Contains(row.UnitId)) throw new EntityNotFoundException("ProcessInstance", id);
        return row;
    }
}
