namespace Ektu.Qa.Improvement.Capa;

/// <summary>
/// CAPA items and plans (004 §3.10, §7.6, §7.9): each unit's plan (departments, schools, the university's kept by the Academic
/// Quality Department) and the consolidated view of the units below one.
/// </summary>
public interface ICapaAppService
{
    Task<IReadOnlyList<CapaItemDto>> GetListAsync(CapaFilter filter, CancellationToken ct = default);

    Task<CapaItemDto> GetAsync(Guid id, CancellationToken ct = default);

    /// <summary>Items raised from one source record (an appeal, an observation, a recommendation, a decision).</summary>
    Task<IReadOnlyList<CapaItemDto>> GetBySourceAsync(string source, Guid sourceId, CancellationToken ct = default);

    Task<CapaItemDto> CreateAsync(SaveCapaItemInput input, CancellationToken ct = default);

    /// <summary>Edits texts, owner and deadline of an item that is not closed.</summary>
    Task<CapaItemDto> UpdateAsync(Guid id, SaveCapaItemInput input, CancellationToken ct = default);

    /// <summary>
    /// Open → InProgress → Implemented → (check due) → Closed | Reopened → InProgress. The owner may start and implement
    /// their own item; everything else needs the manage permission.
    /// </summary>
    Task<CapaItemDto> MoveAsync(Guid id, CapaTransitionInput input, CancellationToken ct = default);

    /// <summary>The school's consolidated view: one line per unit of the school's subtree that has items.</summary>
    Task<IReadOnlyList<CapaUnitSummaryDto>> GetSummaryAsync(Guid unitId, CancellationToken ct = default);
}
