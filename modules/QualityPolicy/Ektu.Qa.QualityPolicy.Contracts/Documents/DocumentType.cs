namespace Ektu.Qa.QualityPolicy.Documents;

/// <summary>Kinds of normative documents of standard 1 (DOMAIN §3).</summary>
public enum DocumentType
{
    QualityPolicy,
    AntiCorruptionPolicy,
    AcademicIntegrityCode,
    AcademicPolicy,
    StrategicProgramme,
    IqasManual,
    ImsManual,
    Regulation,
    Procedure,
    Other,
}
