namespace Ektu.Qa.InformationManagement.Collegial;

/// <summary>Localized error codes of collegial analysis.</summary>
public static class CollegialErrorCodes
{
    public const string FutureMeeting = "InformationManagement:Collegial.FutureMeeting";
}
