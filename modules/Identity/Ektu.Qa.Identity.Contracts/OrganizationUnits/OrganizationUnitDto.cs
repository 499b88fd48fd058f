namespace Ektu.Qa.Identity.OrganizationUnits;

/// <summary>An organisation unit as read.</summary>
public sealed record OrganizationUnitDto(Guid Id, string Code, OrganizationUnitKind Kind, Guid? ParentId, string NameKk, string NameRu,
    string NameEn, int Depth, int Version)
    : Kernel.Web.IUnitOption
{
    public string Name => Kernel.Localization.LocalizerExtensions.Pick(NameKk, NameRu, NameEn);
}
