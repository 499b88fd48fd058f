namespace Ektu.Qa.InformationManagement.Indicators;

/// <summary>Which column header of an uploaded file holds each field; the defaults are the headers of the template file.</summary>
public sealed class IndicatorImportMapping
{
    public string Indicator { get; set; } = "indicator";
    public string Unit { get; set; } = "unit";
    public string Period { get; set; } = "period";
    public string Value { get; set; } = "value";
}
