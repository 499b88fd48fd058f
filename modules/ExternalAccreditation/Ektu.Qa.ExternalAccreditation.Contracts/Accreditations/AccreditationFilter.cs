namespace Ektu.Qa.ExternalAccreditation.Accreditations;

/// <summary>Accreditation list filter: a unit, an agency, a kind, a status; expiring (any warning reached) only.</summary>
public sealed class AccreditationFilter
{
    public Guid? UnitId { get; set; }
    public Guid? AgencyId { get; set; }
    public AccreditationKind? Kind { get; set; }
    public AccreditationStatus? Status { get; set; }
    public bool ExpiringOnly { get; set; }
}
