namespace Ektu.Qa.Identity.Sync;

/// <summary>A recorded sync run.</summary>
public sealed record SyncRunDto(
    Guid Id, SyncRunKind Kind, string Entity, string? Source, DateTime StartedAt, DateTime FinishedAt, string StartedBy, int Created, int Updated,
    int Deactivated, int Unchanged, int Failed);
