namespace Ektu.Qa.Identity.Sync;

/// <summary>How many items a run created, updated, deactivated, left unchanged and refused.</summary>
public sealed record SyncSummary(int Created, int Updated, int Deactivated, int Unchanged, int Failed)
{
    public int Total => Created + Updated + Deactivated + Unchanged + Failed;

    public static SyncSummary Of(IEnumerable<SyncItemResult> items)
    {
        var c = items.CountBy(i => i.Outcome).ToDictionary(p => p.Key, p => p.Value);
        int N(SyncOutcome o) => c.GetValueOrDefault(o);
        return new SyncSummary(N(SyncOutcome.Created), N(SyncOutcome.Updated), N(SyncOutcome.Deactivated), N(SyncOutcome.Unchanged),
            N(SyncOutcome.Failed));
    }
}
