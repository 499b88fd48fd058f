using Ektu.Qa.Kernel.Files;

namespace Ektu.Qa.ProgrammeMonitoring.Procedures;

/// <summary>The improvement procedures of the owner units in scope, their due runs and the runs' records.</summary>
public interface IProcedureAppService
{
    Task<IReadOnlyList<ProcedureDto>> GetProceduresAsync(CancellationToken ct = default);

    Task<ProcedureDto> CreateProcedureAsync(SaveProcedureInput input, CancellationToken ct = default);

    Task<IReadOnlyList<ProcedureRunDto>> GetRunsAsync(RunFilter filter, CancellationToken ct = default);

    Task<ProcedureRunDto> GetRunAsync(Guid id, CancellationToken ct = default);

    Task<ProcedureRunDto> RecordRunAsync(Guid id, RecordRunInput input, CancellationToken ct = default);

    /// <summary>Raises a CAPA item from the run through Improvement; returns its id.</summary>
    Task<Guid> RaiseActionAsync(Guid runId, RaiseRunActionInput input, CancellationToken ct = default);

    Task<FileDownload> OpenEvidenceAsync(Guid runId, CancellationToken ct = default);

}
