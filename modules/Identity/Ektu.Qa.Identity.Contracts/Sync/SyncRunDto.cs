namespace Ektu.Qa.Identity.Sync;

/// <summary>A recorded sync run; an import's has a per-row result file.</summary>
public sealed record SyncRunDto(
    Guid Id, SyncRunKind Kind, string Entity, string? Source, DateTime StartedAt, DateTime FinishedAt, string StartedBy, int Created, int Updated,
    int Deactivated, int Unchanged, int Failed, bool HasResultFile);
