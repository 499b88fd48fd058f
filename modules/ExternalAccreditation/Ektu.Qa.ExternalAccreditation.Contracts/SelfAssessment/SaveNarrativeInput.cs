namespace Ektu.Qa.ExternalAccreditation.SelfAssessment;

/// <summary>A criterion's narrative in Kazakh, Russian and English; <see cref="Version"/> is the narrative's (0 for the first).</summary>
public sealed class SaveNarrativeInput
{
    public string? TextKk { get; set; }
    public string? TextRu { get; set; }
    public string? TextEn { get; set; }
    public int Version { get; set; }
}
