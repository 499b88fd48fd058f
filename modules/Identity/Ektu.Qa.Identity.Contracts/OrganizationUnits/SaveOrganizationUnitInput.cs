namespace Ektu.Qa.Identity.OrganizationUnits;

/// <summary>Create or update an organisation unit; <see cref="Version"/> is the one read (optimistic concurrency).</summary>
public sealed class SaveOrganizationUnitInput
{
    public string Code { get; set; } = "";
    public OrganizationUnitKind Kind { get; set; } = OrganizationUnitKind.Department;
    public Guid? ParentId { get; set; }
    public string NameKk { get; set; } = "";
    public string NameRu { get; set; } = "";
    public string NameEn { get; set; } = "";
    public int Version { get; set; }
}
