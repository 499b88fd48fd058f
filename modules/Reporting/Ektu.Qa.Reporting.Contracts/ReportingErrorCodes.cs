namespace Ektu.Qa.Reporting;

/// <summary>Error codes (localization keys) of the Reporting module.</summary>
public static class ReportingErrorCodes
{
    public const string UnknownReport = "Reporting:UnknownReport";
    public const string FormatNotSupported = "Reporting:FormatNotSupported";
    public const string OutOfRange = "Reporting:OutOfRange";
    public const string InvalidDate = "Reporting:InvalidDate";
    public const string InvalidChoice = "Reporting:InvalidChoice";
    public const string RunNotFailed = "Reporting:RunNotFailed";
    public const string FileUnavailable = "Reporting:FileUnavailable";
}
