namespace Ektu.Qa.InformationManagement.Audits;

/// <summary>The CAPA source kind this module registers: a finding (nonconformity) of an internal audit.</summary>
public static class AuditCapaSources
{
    public const string Finding = "InformationManagement.AuditFinding";
}
