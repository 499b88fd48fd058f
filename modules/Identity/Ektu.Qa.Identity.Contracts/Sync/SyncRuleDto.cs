namespace Ektu.Qa.Identity.Sync;

/// <summary>A role rule: a person whose attribute equals the value holds the role in the scope's unit.</summary>
public sealed record SyncRuleDto(Guid Id, SyncRuleAttribute Attribute, string Value, Guid RoleId, string RoleName, SyncRuleScope Scope);
