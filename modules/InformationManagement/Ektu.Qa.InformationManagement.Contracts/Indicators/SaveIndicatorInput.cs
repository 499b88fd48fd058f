namespace Ektu.Qa.InformationManagement.Indicators;

/// <summary>A new indicator or the edit of one (<see cref="Version"/> then required; the code stays).</summary>
public sealed class SaveIndicatorInput
{
    public string Code { get; set; } = "";
    public string NameKk { get; set; } = "";
    public string NameRu { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string Measure { get; set; } = "";
    public IndicatorLevel Level { get; set; }
    public PeriodKind PeriodKind { get; set; }
    public decimal? Threshold { get; set; }
    public ThresholdDirection Direction { get; set; }
    public bool OnDashboard { get; set; }
    public int Version { get; set; }
}
