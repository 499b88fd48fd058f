namespace Ektu.Qa.ExternalAccreditation.Assessments;

/// <summary>Error codes of the assessment procedure (localized in <c>Localization/ExternalAccreditation/Assessments</c>).</summary>
public static class AssessmentErrorCodes
{
    public const string NotCurrentStep = "ExternalAccreditation:Assessments.NotCurrentStep";
    public const string NotRunning = "ExternalAccreditation:Assessments.NotRunning";
    public const string PlanClosed = "ExternalAccreditation:Assessments.PlanClosed";
    public const string FileRequired = "ExternalAccreditation:Assessments.FileRequired";
    public const string AlreadyRaised = "ExternalAccreditation:Assessments.AlreadyRaised";
    public const string NoFindings = "ExternalAccreditation:Assessments.NoFindings";
}
