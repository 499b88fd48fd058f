namespace Ektu.Qa.Kernel.Data;

/// <summary>
/// The generation of a process-local cache of database rows: an entry stored under an older generation is stale. A change
/// moves it on when it is made and again when its unit of work commits, so a read in between cannot keep the old values;
/// the change also bumps the area's row in <c>k_cache_versions</c> in its transaction, and
/// <see cref="CurrentAsync"/> moves the generation on when another host's change shows there.
/// </summary>
public sealed class CacheGeneration(CacheVersions versions, string area)
{
    private long _value;
    private long _seen = -1;

    /// <summary>The generation as this host knows it, without asking the database (to check an entry just built).</summary>
    public long Current => Interlocked.Read(ref _value);

    /// <summary>The generation to use before a cached value: moved on first when the area's shared version changed.</summary>
    public async ValueTask<long> CurrentAsync(CancellationToken ct = default)
    {
        var shared = await versions.GetAsync(area, ct);
        if (Interlocked.Exchange(ref _seen, shared) != shared) Interlocked.Increment(ref _value);
        return Current;
    }

    public void Invalidate(IDbSession session)
    {
        Interlocked.Increment(ref _value);
        CacheVersions.Bump(session, area);
        session.OnCommitted(() =>
        {
            Interlocked.Increment(ref _value);
            return Task.CompletedTask;
        });
    }
}
