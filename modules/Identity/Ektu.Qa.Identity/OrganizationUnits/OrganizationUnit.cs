using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.Identity.OrganizationUnits;

/// <summary>A node of the organisation tree; <see cref="Path"/> is "/rootId/…/id/" so a subtree is one LIKE.</summary>
internal sealed class OrganizationUnit : AuditedEntity
{
    public string Code { get; set; } = "";
    public OrganizationUnitKind Kind { get; set; }
    public Guid? ParentId { get; set; }
    public string Path { get; set; } = "";
    public int Depth { get; set; }
    public string NameKk { get; set; } = "";
    public string NameRu { get; set; } = "";
    public string NameEn { get; set; } = "";

    public OrganizationUnitDto ToDto() => new(Id, Code, Kind, ParentId, NameKk, NameRu, NameEn, Depth, Version);
}
