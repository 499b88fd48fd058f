namespace Ektu.Qa.Identity.Users;

/// <summary>A role a user holds in an organisation unit.</summary>
public sealed record UserRoleAssignmentDto(Guid Id, Guid UserId, Guid RoleId, string RoleName, Guid UnitId, string UnitCode, string UnitNameKk, string UnitNameRu, string UnitNameEn)
{
    public string UnitName => Kernel.Localization.LocalizerExtensions.Pick(UnitNameKk, UnitNameRu, UnitNameEn);
}
