namespace Ektu.Qa.InformationManagement.Swot;

/// <summary>
/// SWOT analyses per unit and year in the caller's scope (another unit's answers 404): drafts are edited, then approved
/// and frozen. Every change leaves an audit entry.
/// </summary>
public interface ISwotAppService
{
    Task<IReadOnlyList<SwotDto>> GetListAsync(int? year = null, CancellationToken ct = default);

    Task<SwotDto> GetAsync(Guid id, CancellationToken ct = default);

    Task<SwotDto> CreateAsync(SaveSwotInput input, CancellationToken ct = default);

    Task<SwotDto> UpdateAsync(Guid id, SaveSwotInput input, CancellationToken ct = default);

    Task<SwotDto> ApproveAsync(Guid id, int version, CancellationToken ct = default);
}
