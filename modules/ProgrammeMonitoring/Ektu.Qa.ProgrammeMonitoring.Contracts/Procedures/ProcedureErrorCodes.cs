namespace Ektu.Qa.ProgrammeMonitoring.Procedures;

public static class ProcedureErrorCodes
{
    public const string Number = "ProgrammeMonitoring:Procedures.NumberError";
    public const string NoEvidence = "ProgrammeMonitoring:Procedures.NoEvidence";
    public const string EvidenceRequired = "ProgrammeMonitoring:Procedures.EvidenceRequired";
}
