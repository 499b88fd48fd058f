namespace Ektu.Qa.InformationManagement.Collegial;

/// <summary>
/// Records of collegial analysis in the caller's scope (another unit's answers 404) with their action plan or road map;
/// an item is raised as a CAPA item in Improvement at most once. Every change leaves an audit entry.
/// </summary>
public interface ICollegialAppService
{
    Task<IReadOnlyList<CollegialAnalysisDto>> GetListAsync(CancellationToken ct = default);

    Task<CollegialAnalysisDto> GetAsync(Guid id, CancellationToken ct = default);

    Task<CollegialAnalysisDto> CreateAsync(SaveCollegialAnalysisInput input, CancellationToken ct = default);

    Task<CollegialAnalysisDto> UpdateAsync(Guid id, SaveCollegialAnalysisInput input, CancellationToken ct = default);

    Task<CollegialActionDto> AddActionAsync(Guid id, SaveCollegialActionInput input, CancellationToken ct = default);

    /// <summary>Raises the item as a CAPA item owned by the caller; an item already raised returns as it is, nothing new.</summary>
    Task<CollegialActionDto> RaiseCapaAsync(Guid id, Guid actionId, CancellationToken ct = default);
}
