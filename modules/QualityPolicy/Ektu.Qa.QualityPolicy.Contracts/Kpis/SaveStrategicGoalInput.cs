namespace Ektu.Qa.QualityPolicy.Kpis;

/// <summary>A new strategic goal.</summary>
public sealed class SaveStrategicGoalInput
{
    public string Code { get; set; } = "";
    public string TitleKk { get; set; } = "";
    public string TitleRu { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public Guid OwnerUnitId { get; set; }
}
