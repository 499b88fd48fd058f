namespace Ektu.Qa.Identity.Sync;

/// <summary>A new role rule.</summary>
public sealed class SaveSyncRuleInput
{
    public SyncRuleAttribute Attribute { get; set; }
    public string Value { get; set; } = "";
    public Guid RoleId { get; set; }
    public SyncRuleScope Scope { get; set; }
}
