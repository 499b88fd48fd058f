namespace Ektu.Qa.Identity.Sync;

/// <summary>A recorded item of a run that changed or failed (unchanged items are counted, not kept); the message is localized.</summary>
public sealed record SyncRunItemDto(int Index, string? ExternalId, SyncOutcome Outcome, string? Field, string? Message);
