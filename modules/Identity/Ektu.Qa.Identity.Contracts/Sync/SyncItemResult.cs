namespace Ektu.Qa.Identity.Sync;

/// <summary>One item of a batch: its position (0-based), external id, outcome and, when it failed, the field and a localized reason.</summary>
public sealed record SyncItemResult(int Index, string? ExternalId, SyncOutcome Outcome, string? Field = null, string? Message = null);
