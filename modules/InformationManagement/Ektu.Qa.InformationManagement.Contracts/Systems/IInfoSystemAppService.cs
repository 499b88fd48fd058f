namespace Ektu.Qa.InformationManagement.Systems;

/// <summary>
/// The registry of information systems owned by units in the caller's scope (another unit's answers 404), the staleness of
/// their restore verification, and their information-safety checks. Every change leaves an audit entry.
/// </summary>
public interface IInfoSystemAppService
{
    Task<IReadOnlyList<InfoSystemDto>> GetListAsync(CancellationToken ct = default);

    Task<InfoSystemDetailsDto> GetAsync(Guid id, CancellationToken ct = default);

    Task<InfoSystemDto> CreateAsync(SaveInfoSystemInput input, CancellationToken ct = default);

    Task<InfoSystemDto> UpdateAsync(Guid id, SaveInfoSystemInput input, CancellationToken ct = default);

    /// <summary>Records a safety check by the caller.</summary>
    Task<SafetyCheckDto> AddCheckAsync(Guid id, SaveSafetyCheckInput input, CancellationToken ct = default);
}
