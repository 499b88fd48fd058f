namespace Ektu.Qa.Improvement.Capa;

/// <summary>
/// What a module registers (scoped) to be a source of CAPA items: its source kinds and whether a record of one exists,
/// so an item never points at a record that is not there. Improvement reads no other module's tables.
/// </summary>
public interface ICapaSourceRecords
{
    IReadOnlyList<CapaSourceKind> Kinds { get; }

    /// <summary>Whether the record exists; called only for <see cref="Kinds"/> of this provider.</summary>
    Task<bool> ExistsAsync(string kind, Guid id, CancellationToken ct = default);
}
