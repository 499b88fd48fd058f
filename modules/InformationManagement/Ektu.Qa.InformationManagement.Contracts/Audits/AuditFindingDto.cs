namespace Ektu.Qa.InformationManagement.Audits;

/// <summary>A finding of an audit; a nonconformity carries the CAPA item raised from it once it is raised.</summary>
public sealed class AuditFindingDto
{
    public Guid Id { get; init; }
    public Guid AuditId { get; init; }
    public int Seq { get; init; }
    public FindingClass Class { get; init; }
    public string Text { get; init; } = "";
    public string? Requirement { get; init; }
    public Guid? CapaItemId { get; init; }
    public int Version { get; init; }

    /// <summary>The audit's title, unit, year and state, filled for the findings register.</summary>
    public string AuditTitle { get; set; } = "";

    public string UnitName { get; set; } = "";
    public int PlanYear { get; set; }
    public AuditState AuditState { get; set; }
}
