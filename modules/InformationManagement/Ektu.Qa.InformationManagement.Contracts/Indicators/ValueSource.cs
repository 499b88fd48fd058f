namespace Ektu.Qa.InformationManagement.Indicators;

/// <summary>How a value came in: typed on the indicator page, a CSV/XLSX upload, or the portal's push API.</summary>
public enum ValueSource
{
    Manual,
    Import,
    Push,
}
