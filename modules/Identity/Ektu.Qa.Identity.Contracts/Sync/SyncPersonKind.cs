namespace Ektu.Qa.Identity.Sync;

/// <summary>Whom the source system knows a person as.</summary>
public enum SyncPersonKind
{
    Staff,
    Student,
}
