namespace Ektu.Qa.InformationManagement.Audits;

/// <summary>An audit of the annual plan with its auditors and, when read, whether they are still independent of the audited unit.</summary>
public sealed class InternalAuditDto
{
    public Guid Id { get; init; }
    public int PlanYear { get; init; }
    public AuditKind Kind { get; init; }
    public string Title { get; init; } = "";
    public string? Criteria { get; init; }
    public Guid UnitId { get; init; }
    public string UnitName { get; set; } = "";
    public DateOnly StartsOn { get; init; }
    public DateOnly EndsOn { get; init; }
    public Guid LeadAuditorId { get; init; }
    public string LeadAuditorName { get; set; } = "";
    public IReadOnlyList<Guid> TeamIds { get; set; } = [];
    public IReadOnlyList<string> TeamNames { get; set; } = [];
    public AuditState State { get; init; }

    /// <summary>Auditors who belong to the audited unit now (moved in after planning): the plan shows them as a broken rule.</summary>
    public IReadOnlyList<string> DependentAuditors { get; set; } = [];

    public int Findings { get; set; }
    public int Nonconformities { get; set; }
    public int Version { get; init; }
}
