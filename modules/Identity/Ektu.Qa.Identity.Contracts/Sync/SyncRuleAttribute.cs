namespace Ektu.Qa.Identity.Sync;

/// <summary>The source attribute a role rule matches.</summary>
public enum SyncRuleAttribute
{
    /// <summary>Staff or Student (<see cref="SyncPersonKind"/>).</summary>
    Kind,

    /// <summary>The staff position, compared ignoring case.</summary>
    Position,

    /// <summary>The student's study programme, compared ignoring case.</summary>
    Programme,
}
