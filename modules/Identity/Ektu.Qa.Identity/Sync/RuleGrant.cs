namespace Ektu.Qa.Identity.Sync;

/// <summary>A role held in a unit because a rule gives it (<c>id_user_roles.source = 'Rule'</c>); Id is empty until stored.</summary>
internal sealed record RuleGrant(Guid Id, Guid UserId, Guid RoleId, Guid UnitId);
