namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>Survey error codes (localization keys).</summary>
public static class SurveyErrorCodes
{
    public const string NotOpenYet = "InformationManagement:Surveys.NotOpenYet";
    public const string Closed = "InformationManagement:Surveys.Closed";
    public const string AlreadyAnswered = "InformationManagement:Surveys.AlreadyAnswered";
    public const string NotAddressed = "InformationManagement:Surveys.NotAddressed";
    public const string TemplateFrozen = "InformationManagement:Surveys.TemplateFrozen";
    public const string TemplateNotPublished = "InformationManagement:Surveys.TemplateNotPublished";
    public const string DuplicateCode = "InformationManagement:Surveys.DuplicateCode";
    public const string InvalidQuestion = "InformationManagement:Surveys.InvalidQuestion";
    public const string InvalidAnswer = "InformationManagement:Surveys.InvalidAnswer";
    public const string InvalidDates = "InformationManagement:Surveys.InvalidDates";
    public const string GroupTooSmall = "InformationManagement:Surveys.GroupTooSmall";
    public const string UnknownQuestion = "InformationManagement:Surveys.UnknownQuestion";
}
