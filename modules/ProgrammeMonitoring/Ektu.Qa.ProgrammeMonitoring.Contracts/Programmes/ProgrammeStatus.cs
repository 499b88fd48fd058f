namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>Life of a programme: draft → in approval → approved → in the national register → suspended / closed.</summary>
public enum ProgrammeStatus
{
    Draft,
    InApproval,
    Approved,
    InNationalRegister,
    Suspended,
    Closed,
}
