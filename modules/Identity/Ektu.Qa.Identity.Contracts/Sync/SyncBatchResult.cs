namespace Ektu.Qa.Identity.Sync;

/// <summary>The run a batch was recorded as, its counts, and every item's result in the order sent.</summary>
public sealed record SyncBatchResult(Guid RunId, SyncSummary Summary, IReadOnlyList<SyncItemResult> Items);
