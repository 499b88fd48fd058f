namespace Ektu.Qa.Kernel.Data;

/// <summary>
/// One value read from the database and kept per host (all organisation units, all process names): read by many requests,
/// changed rarely and only through the writers that call <see cref="Invalidate"/> in their unit of work. Other hosts' changes
/// show through the area's shared version (<see cref="CacheVersions"/>). A value read inside a transaction or across an
/// invalidation serves that call only: it may hold uncommitted or already replaced rows.
/// </summary>
public sealed class CachedValue<T>(CacheVersions versions, string area) where T : class
{
    private readonly CacheGeneration _generation = new(versions, area);
    private Kept? _kept;

    /// <summary>Drops the value: now, and again when <paramref name="session"/> commits; other hosts at their next version check.</summary>
    public void Invalidate(IDbSession session) => _generation.Invalidate(session);

    /// <summary>The kept value when it is current, else <paramref name="read"/> on <paramref name="db"/>'s connection.</summary>
    public async Task<T> GetAsync(IDbSession db, Func<Task<T>> read, CancellationToken ct = default)
    {
        var gen = await _generation.CurrentAsync(ct);
        if (Volatile.Read(ref _kept) is { } kept && kept.Generation == gen) return kept.Value;
        var value = await read();
        if (db.Transaction == null && _generation.Current == gen) Volatile.Write(ref _kept, new Kept(gen, value));
        return value;
    }

    private sealed record Kept(long Generation, T Value);
}
