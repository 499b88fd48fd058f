namespace Ektu.Qa.ExternalAccreditation.SelfAssessment;

/// <summary>A new criterion of a standard or its update (<see cref="Version"/> then required; the standard stays).</summary>
public sealed class SaveSaCriterionInput
{
    public Guid StandardId { get; set; }
    public string Code { get; set; } = "";
    public string TitleKk { get; set; } = "";
    public string TitleRu { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public int Version { get; set; }
}
