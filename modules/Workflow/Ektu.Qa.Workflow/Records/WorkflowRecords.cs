using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Workflow.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Workflow.Records;

/// <summary>
/// The business records behind instances, asked of the module that owns each process (<see cref="IWorkflowRecordProvider"/>)
/// once per instance and request. A record the caller may not see is no record: the inbox then shows the task and process names.
/// The providers are resolved when the first record is asked for, not with this service: a provider's module may need the
/// workflow's own services (its app service completes tasks), and taking them here would close a cycle the container cannot
/// see through a factory registration, so resolving the task service would never end.
/// </summary>
internal sealed class WorkflowRecords(IServiceProvider services, IIdentityIntegrationService identity, IDbSession db,
    ProcessNameCache processNames)
{
    private readonly Dictionary<(Guid, bool), WorkflowRecordSummary?> _records = [];
    private IReadOnlyList<IWorkflowRecordProvider>? _providers;
    private Dictionary<Guid, string>? _units;

    public async Task<WorkflowRecordSummary?> GetAsync(string processKey, string businessKey, Guid instanceId, Guid unitId, bool participant,
        CancellationToken ct)
    {
        if (_records.TryGetValue((instanceId, participant), out var known)) return known;
        _providers ??= [.. services.GetServices<IWorkflowRecordProvider>()];
        var provider = _providers.FirstOrDefault(p => p.ProcessKeys.Contains(processKey, StringComparer.Ordinal));
        WorkflowRecordSummary? record = null;
        try
        {
            if (provider != null) record =
                await provider.GetSummaryAsync(new WorkflowRecordRequest(processKey, businessKey, instanceId, unitId, participant), ct);
        }
        catch (QaException e) when (e is EntityNotFoundException || e.Status is 403 or 404)
        {
            // The module's own read rules refused: the caller sees the task, not the record.
        }
        if (record is { UnitName: null }) record = record with { UnitName = await UnitNameAsync(unitId, ct) };
        _records[(instanceId, participant)] = record;
        return record;
    }

    public async Task<string?> UnitNameAsync(Guid unitId, CancellationToken ct)
    {
        _units ??= (await identity.GetUnitsAsync(ct)).ToDictionary(u => u.Id, u => u.Name);
        return _units.GetValueOrDefault(unitId);
    }

    /// <summary>The process's name in the current UI language; the key when the definition is gone.</summary>
    public async Task<string> ProcessNameAsync(string processKey, CancellationToken ct)
    {
        return (await processNames.GetAsync(db, ct)).TryGetValue(processKey, out var n) ? LocalizerExtensions.Pick(n.Kk, n.Ru, n.En) : processKey;
    }
}
