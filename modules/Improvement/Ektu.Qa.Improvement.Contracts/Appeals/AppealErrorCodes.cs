namespace Ektu.Qa.Improvement.Appeals;

/// <summary>Appeal error codes (localization keys).</summary>
public static class AppealErrorCodes
{
    public const string InvalidTransition = "Improvement:Appeals.InvalidTransition";
    public const string TopLevel = "Improvement:Appeals.TopLevel";
    public const string Resolved = "Improvement:Appeals.Resolved";
    public const string ProgrammeUnknown = "Improvement:Appeals.ProgrammeUnknown";
    public const string ProgrammeOtherSchool = "Improvement:Appeals.ProgrammeOtherSchool";
    public const string InvalidPeriod = "Improvement:Appeals.InvalidPeriod";
}
