using Ektu.Qa.ProgrammeMonitoring.Programmes;

namespace Ektu.Qa.ProgrammeMonitoring.Approval;

/// <summary>
/// A programme's way through the workflow engine: a version sent through <c>pm-programme-approval</c>, and the national
/// register's inclusion or exclusion through <c>pm-register-change</c>. One process runs per programme at a time; every
/// run is kept with its outcome and the deciding level's comment.
/// </summary>
public interface IProgrammeApprovalAppService
{
    /// <summary>Every run for the programme, newest first (404 for another school's programme).</summary>
    Task<IReadOnlyList<ProgrammeApprovalDto>> GetListAsync(Guid programmeId, CancellationToken ct = default);

    /// <summary>
    /// Sends open version <paramref name="number"/> for approval: a Draft programme becomes In approval. The submitter is the
    /// author and never decides a level of this run. 409 when a run is going on, the version is not open or is stale.
    /// </summary>
    Task<ProgrammeApprovalDto> SubmitAsync(Guid programmeId, int number, CancellationToken ct = default);

    /// <summary>Starts the register's inclusion (an approved programme) or exclusion (one in the register); 409 otherwise.</summary>
    Task<ProgrammeApprovalDto> RequestRegisterChangeAsync(Guid programmeId, RegisterEventKind kind, CancellationToken ct = default);
}
