namespace Ektu.Qa.Identity.Sync;

/// <summary>A stored role rule with its role's name.</summary>
internal sealed class SyncRule
{
    public Guid Id { get; set; }
    public SyncRuleAttribute Attribute { get; set; }
    public string Value { get; set; } = "";
    public Guid RoleId { get; set; }
    public string RoleName { get; set; } = "";
    public SyncRuleScope Scope { get; set; }

    public SyncRuleDto ToDto() => new(Id, Attribute, Value, RoleId, RoleName, Scope);

    public bool Matches(SyncPersonInput p) => Attribute switch
    {
        SyncRuleAttribute.Kind => string.Equals(p.Kind.ToString(), Value, StringComparison.OrdinalIgnoreCase),
        SyncRuleAttribute.Position => string.Equals(p.Position?.Trim(), Value, StringComparison.OrdinalIgnoreCase),
        SyncRuleAttribute.Programme => string.Equals(p.Programme?.Trim(), Value, StringComparison.OrdinalIgnoreCase),
        _ => false,
    };
}
