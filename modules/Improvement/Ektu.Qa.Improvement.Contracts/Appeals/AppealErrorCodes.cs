namespace Ektu.Qa.QaCommission.Appeals;

/// <summary>Appeal error codes (localization keys).</summary>
public static class AppealErrorCodes
{
    public const string InvalidTransition = "QaCommission:Appeals.InvalidTransition";
    public const string TopLevel = "QaCommission:Appeals.TopLevel";
    public const string Resolved = "QaCommission:Appeals.Resolved";
    public const string InvalidPeriod = "QaCommission:Appeals.InvalidPeriod";
}
