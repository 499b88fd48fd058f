namespace Ektu.Qa.Identity.Sync;

/// <summary>The unit a rule grants its role in, seen from the person's own unit.</summary>
public enum SyncRuleScope
{
    /// <summary>The person's unit.</summary>
    Unit,

    /// <summary>The school the person's unit belongs to (the unit itself when it is a school).</summary>
    School,

    /// <summary>The university (the root unit).</summary>
    University,
}
