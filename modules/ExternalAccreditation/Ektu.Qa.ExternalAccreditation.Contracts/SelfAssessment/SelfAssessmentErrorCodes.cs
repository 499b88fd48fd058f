namespace Ektu.Qa.ExternalAccreditation.SelfAssessment;

/// <summary>Localization keys of the self-assessment builder's refusals.</summary>
public static class SelfAssessmentErrorCodes
{
    public const string CodeTaken = "ExternalAccreditation:SelfAssessment.CodeTaken";
    public const string ProgrammeOutsideUnit = "ExternalAccreditation:SelfAssessment.ProgrammeOutsideUnit";
    public const string NoCriteria = "ExternalAccreditation:SelfAssessment.NoCriteria";
    public const string AlreadyLinked = "ExternalAccreditation:SelfAssessment.AlreadyLinked";
}
