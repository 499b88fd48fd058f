namespace Ektu.Qa.Kernel.Data;

/// <summary>
/// The generation of a process-local cache of database rows: an entry stored under an older generation is stale. A change
/// moves it on when it is made and again when its unit of work commits, so a read in between cannot keep the old values.
/// </summary>
public sealed class CacheGeneration
{
    private long _value;

    public long Current => Interlocked.Read(ref _value);

    public void Invalidate(IDbSession session)
    {
        Interlocked.Increment(ref _value);
        session.OnCommitted(() =>
        {
            Interlocked.Increment(ref _value);
            return Task.CompletedTask;
        });
    }
}
