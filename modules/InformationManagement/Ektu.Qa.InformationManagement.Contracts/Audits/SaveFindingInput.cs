namespace Ektu.Qa.InformationManagement.Audits;

/// <summary>A finding recorded during the audit.</summary>
public sealed class SaveFindingInput
{
    public FindingClass Class { get; set; }
    public string Text { get; set; } = "";
    public string? Requirement { get; set; }
}
