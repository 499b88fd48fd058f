namespace Ektu.Qa.InformationManagement.Indicators;

/// <summary>A value typed on the indicator page: the unit, the period as its kind writes it, the value.</summary>
public sealed class SaveIndicatorValueInput
{
    public Guid UnitId { get; set; }
    public string Period { get; set; } = "";
    public decimal? Value { get; set; }
}
