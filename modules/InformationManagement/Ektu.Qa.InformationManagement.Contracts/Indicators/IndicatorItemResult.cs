namespace Ektu.Qa.InformationManagement.Indicators;

/// <summary>
/// The result of one pushed item or file row: its number (1-based item, or the file's row number), the outcome, and for a
/// failed one the field at fault, the error code and the reason in the caller's language.
/// </summary>
public sealed record IndicatorItemResult(int Row, ItemOutcome Outcome, string? Field = null, string? Code = null, string? Message = null);
