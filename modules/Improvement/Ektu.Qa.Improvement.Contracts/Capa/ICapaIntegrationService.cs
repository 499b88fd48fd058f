namespace Ektu.Qa.Improvement.Capa;

/// <summary>CAPA for other modules: raise an item from one of their records and read items by source or by unit.</summary>
public interface ICapaIntegrationService
{
    /// <summary>
    /// Raises an item from a record of a registered source kind (<see cref="SaveCapaItemInput.Source"/> and
    /// <see cref="SaveCapaItemInput.SourceId"/>); the same rules as the CAPA page: the manage permission, a unit in scope.
    /// </summary>
    Task<CapaItemDto> RaiseAsync(SaveCapaItemInput input, CancellationToken ct = default);

    /// <summary>
    /// The one item of a record that has at most one (<see cref="SaveCapaItemInput.Source"/> and the required
    /// <see cref="SaveCapaItemInput.SourceId"/>): the item already raised from it, whoever raised it, or a new one on the rules
    /// of <see cref="RaiseAsync"/>. Two requests at once get the same item: the database keeps one item per such record.
    /// </summary>
    Task<RaisedCapaItem> RaiseOnceAsync(SaveCapaItemInput input, CancellationToken ct = default);

    /// <summary>Items raised from one record that the caller sees; none without the CAPA permission.</summary>
    Task<IReadOnlyList<CapaItemDto>> GetBySourceAsync(string source, Guid sourceId, CancellationToken ct = default);

    /// <summary>
    /// Every item of the given units with its state as it stood at the end of <paramref name="asOf"/> (a closed item closed
    /// later counts as implemented). For reports: the calling module has already decided the caller may see these units.
    /// </summary>
    Task<IReadOnlyList<CapaItemDto>> GetForUnitsAsync(IReadOnlyCollection<Guid> unitIds, DateOnly asOf, CancellationToken ct = default);
}
