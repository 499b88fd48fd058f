using Ektu.Qa.Kernel.Paging;
namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>
/// The register of educational programmes and their versions. Reads are limited to the schools in the caller's scope
/// (another school's programme answers 404); every change writes a new version and an audit entry.
/// </summary>
public interface IProgrammeAppService
{
    Task<IReadOnlyList<ProgrammeDto>> GetListAsync(ProgrammeListInput input, CancellationToken ct = default);

    /// <summary>One page of the register (the list's order), with the filter's total.</summary>
    Task<PagedResult<ProgrammeDto>> GetPageAsync(ProgrammeListInput input, int page, int pageSize, CancellationToken ct = default);

    Task<ProgrammeDetailsDto> GetAsync(Guid id, CancellationToken ct = default);

    Task<ProgrammeVersionDto> GetVersionAsync(Guid id, int number, CancellationToken ct = default);

    /// <summary>A new programme in Draft with its first (open) version.</summary>
    Task<ProgrammeDetailsDto> CreateAsync(ProgrammeContent content, CancellationToken ct = default);

    /// <summary>A new open proposal copied from approved version <paramref name="fromNumber"/>; others may be open beside it.</summary>
    Task<ProgrammeVersionDto> ProposeAsync(Guid id, int fromNumber, CancellationToken ct = default);

    /// <summary>Changes open version <paramref name="number"/>: a new version replaces it. An approved version answers 409.</summary>
    Task<ProgrammeVersionDto> ReviseAsync(Guid id, int number, ReviseInput input, CancellationToken ct = default);

    /// <summary>Approves an open version: it is frozen, the previous approved one is superseded, the programme is Approved.</summary>
    Task<ProgrammeVersionDto> ApproveAsync(Guid id, int number, CancellationToken ct = default);

    Task<ProgrammeVersionDto> WithdrawAsync(Guid id, int number, CancellationToken ct = default);

    Task<VersionDiffDto> DiffAsync(Guid id, int from, int to, CancellationToken ct = default);

    /// <summary>Cells that two open proposals change to different values.</summary>
    Task<IReadOnlyList<ProposalConflictDto>> GetConflictsAsync(Guid id, CancellationToken ct = default);

    Task<ProgrammeDto> MoveAsync(Guid id, StatusChangeInput input, CancellationToken ct = default);

    Task<ProgrammeDto> RecordRegisterEventAsync(Guid id, RegisterEventInput input, CancellationToken ct = default);
}
