using Ektu.Qa.Kernel.Paging;

namespace Ektu.Qa.Workflow.Instances;

/// <summary>Process instances of the units in scope: start, read, administer.</summary>
public interface IProcessInstanceAppService
{
    Task<ProcessInstanceDto> StartAsync(StartProcessInput input, CancellationToken ct = default);

    Task<PagedResult<ProcessInstanceDto>> GetListAsync(InstanceListInput input, CancellationToken ct = default);

    /// <summary>The instance with its variables; another unit's instance is not found.</summary>
    Task<ProcessInstanceDto> GetAsync(Guid id, CancellationToken ct = default);

    Task<IReadOnlyList<HistoryEntryDto>> GetHistoryAsync(Guid id, CancellationToken ct = default);

    /// <summary>
    /// The BPMN XML of the definition version the instance runs on, for whoever may read the instance: its diagram needs
    /// no permission on definitions. Another unit's instance is not found.
    /// </summary>
    Task<string> GetModelXmlAsync(Guid id, CancellationToken ct = default);

    Task CancelAsync(Guid id, int version, CancellationToken ct = default);

    /// <summary>Runs the failed element again (a service task whose handler failed, a gateway whose condition threw).</summary>
    Task RetryAsync(Guid id, int version, CancellationToken ct = default);

    Task MoveTokenAsync(Guid id, MoveTokenInput input, CancellationToken ct = default);
}
