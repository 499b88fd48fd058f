namespace Ektu.Qa.Identity.Users;

/// <summary>A role a user holds in an organisation unit.</summary>
public sealed record UserRoleAssignmentDto
{
    public Guid Id { get; init; }
    public Guid UserId { get; init; }
    public Guid RoleId { get; init; }
    public string RoleName { get; init; } = "";
    public Guid UnitId { get; init; }
    public string UnitCode { get; init; } = "";
    public string UnitNameKk { get; init; } = "";
    public string UnitNameRu { get; init; } = "";
    public string UnitNameEn { get; init; } = "";

    public string UnitName => Kernel.Localization.LocalizerExtensions.Pick(UnitNameKk, UnitNameRu, UnitNameEn);
}
