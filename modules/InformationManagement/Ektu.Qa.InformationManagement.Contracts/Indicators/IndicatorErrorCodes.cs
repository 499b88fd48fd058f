namespace Ektu.Qa.InformationManagement.Indicators;

/// <summary>Localized error codes of data collection.</summary>
public static class IndicatorErrorCodes
{
    public const string DuplicateCode = "InformationManagement:Indicators.DuplicateCode";
    public const string InvalidPeriod = "InformationManagement:Indicators.InvalidPeriod";
    public const string UnknownIndicator = "InformationManagement:Indicators.UnknownIndicator";
    public const string UnknownUnit = "InformationManagement:Indicators.UnknownUnit";
    public const string WrongLevel = "InformationManagement:Indicators.WrongLevel";
    public const string InvalidNumber = "InformationManagement:Indicators.InvalidNumber";
    public const string MissingColumn = "InformationManagement:Indicators.MissingColumn";
    public const string Unreadable = "InformationManagement:Indicators.Unreadable";
    public const string TooManyRows = "InformationManagement:Indicators.TooManyRows";
    public const string DuplicateItem = "InformationManagement:Indicators.DuplicateItem";
}
