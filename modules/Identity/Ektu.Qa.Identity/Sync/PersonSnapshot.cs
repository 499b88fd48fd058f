namespace Ektu.Qa.Identity.Sync;

/// <summary>What the audit log shows of a synced person: the fields a sync writes.</summary>
internal sealed record PersonSnapshot(
    string UserName, string FullName, string? Email, SyncPersonKind Kind, string Unit, string? Position, string? Programme, int? StudyYear,
    string? StudyForm, string? StudyLanguage, bool IsActive);
