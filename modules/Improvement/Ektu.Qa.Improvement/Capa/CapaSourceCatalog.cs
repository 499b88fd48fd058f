namespace Ektu.Qa.Improvement.Capa;

/// <summary>
/// The source kinds every module registered (<see cref="ICapaSourceRecords"/>), read once per request: a new item's source
/// must be one of them, its record must exist, and pages show the kind's name and link to the record.
/// </summary>
internal sealed class CapaSourceCatalog(IEnumerable<ICapaSourceRecords> providers)
{
    private readonly Dictionary<string, (CapaSourceKind Kind, ICapaSourceRecords Provider)> _kinds =
        providers.SelectMany(p => p.Kinds.Select(k => (k, p))).ToDictionary(x => x.k.Key, x => (x.k, x.p), StringComparer.Ordinal);

    public IEnumerable<CapaSourceKind> All => _kinds.Values.Select(v => v.Kind);

    public CapaSourceKind? Find(string? key) => key != null && _kinds.TryGetValue(key, out var k) ? k.Kind : null;

    /// <summary>The localization key of the kind's name; a kind no longer registered shows its key.</summary>
    public string NameKey(string key) => Find(key)?.NameKey ?? key;

    public Task<bool> ExistsAsync(string key, Guid id, CancellationToken ct) =>
        _kinds.TryGetValue(key, out var k) ? k.Provider.ExistsAsync(key, id, ct) : Task.FromResult(false);
}
