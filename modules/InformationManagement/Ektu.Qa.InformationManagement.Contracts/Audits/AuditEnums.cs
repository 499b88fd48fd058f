namespace Ektu.Qa.InformationManagement.Audits;

/// <summary>What an internal audit examines: a process of the university, or the internal quality assurance system itself.</summary>
public enum AuditKind
{
    Process,
    Iqas,
}

/// <summary>An audit's life: planned → in progress → reported → closed, one step at a time.</summary>
public enum AuditState
{
    Planned,
    InProgress,
    Reported,
    Closed,
}

/// <summary>How a finding is classified; only a nonconformity is raised as a corrective action (CAPA).</summary>
public enum FindingClass
{
    Nonconformity,
    Observation,
    Opportunity,
}
