namespace Ektu.Qa.InformationManagement.Audits;

/// <summary>A new audit of the plan, or its edit while planned or in progress (<see cref="Version"/> then required).</summary>
public sealed class SaveAuditInput
{
    public int PlanYear { get; set; }
    public AuditKind Kind { get; set; }
    public string Title { get; set; } = "";
    public string? Criteria { get; set; }
    public Guid UnitId { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public Guid LeadAuditorId { get; set; }
    public List<Guid> TeamIds { get; set; } = [];
    public int Version { get; set; }
}
