namespace Ektu.Qa.QualityPolicy.Standards;

/// <summary>The standards catalogue (reference data seeded at start; texts and administrators editable).</summary>
public interface IStandardAppService
{
    Task<IReadOnlyList<StandardDto>> GetListAsync(CancellationToken ct = default);

    Task<StandardDto> GetAsync(Guid id, CancellationToken ct = default);

    Task<StandardDto> UpdateAsync(Guid id, UpdateStandardInput input, CancellationToken ct = default);
}
