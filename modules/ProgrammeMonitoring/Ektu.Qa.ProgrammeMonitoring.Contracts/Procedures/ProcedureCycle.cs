namespace Ektu.Qa.ProgrammeMonitoring.Procedures;

/// <summary>How often an improvement procedure runs.</summary>
public enum ProcedureCycle
{
    Yearly,
    EachSemester,
    Quarterly,
    Monthly,
}
