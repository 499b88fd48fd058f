namespace Ektu.Qa.Identity.Sync;

/// <summary>What a sync did with one unit or person.</summary>
public enum SyncOutcome
{
    Created,
    Updated,
    Deactivated,
    Unchanged,
    Failed,
}
