using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.Workflow.Definitions;

/// <summary>
/// Every process's names by key, as inbox pages and records show them: read by every such request, changed only through
/// <see cref="DefinitionRepository"/> (a new definition, a saved diagram's names), which drops this.
/// </summary>
internal sealed class ProcessNameCache(CacheVersions versions)
{
    private readonly CachedValue<IReadOnlyDictionary<string, (string Kk, string Ru, string En)>> _names = new(versions, "Workflow.ProcessNames");

    public void Invalidate(IDbSession session) => _names.Invalidate(session);

    public Task<IReadOnlyDictionary<string, (string Kk, string Ru, string En)>> GetAsync(IDbSession db, CancellationToken ct) =>
        _names.GetAsync(db, async () =>
        (IReadOnlyDictionary<string, (string Kk, string Ru, string En)>)(await db.QueryAsync<(string Key, string Kk, string Ru, string En)>(
                "SELECT process_key, name_kk, name_ru, name_en FROM wf_definitions", null, ct))
            .ToDictionary(r => r.Key, r => (r.Kk, r.Ru, r.En), StringComparer.Ordinal), ct);
}
