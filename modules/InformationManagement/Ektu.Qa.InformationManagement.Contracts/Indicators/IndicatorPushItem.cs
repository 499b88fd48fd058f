namespace Ektu.Qa.InformationManagement.Indicators;

/// <summary>
/// One value sent by the portal or read from a file row: indicator code, organisation unit code, period, value. The key
/// is indicator + unit + period: sending it again with the same value changes nothing.
/// </summary>
public sealed class IndicatorPushItem
{
    public string? Indicator { get; set; }
    public string? Unit { get; set; }
    public string? Period { get; set; }
    public decimal? Value { get; set; }
}
