namespace Ektu.Qa.QualityPolicy.Kpis;

/// <summary>A new indicator of a goal.</summary>
public sealed class SaveIndicatorInput
{
    public Guid GoalId { get; set; }
    public string NameKk { get; set; } = "";
    public string NameRu { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string UnitOfMeasure { get; set; } = "";
    public decimal Baseline { get; set; }
    public bool HigherIsBetter { get; set; } = true;
}
