namespace Ektu.Qa.InformationManagement.Audits;

/// <summary>A checklist question, or its answer and evidence (<see cref="Version"/> then required).</summary>
public sealed class SaveChecklistItemInput
{
    public string Question { get; set; } = "";
    public string? Answer { get; set; }
    public string? Evidence { get; set; }
    public int Version { get; set; }
}
