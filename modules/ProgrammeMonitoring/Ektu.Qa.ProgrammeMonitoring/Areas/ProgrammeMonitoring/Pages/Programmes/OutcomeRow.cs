namespace Ektu.Qa.ProgrammeMonitoring.Areas.ProgrammeMonitoring.Pages.Programmes;

/// <summary>An outcome row of the programme form; numbers follow the order of the rows.</summary>
internal sealed class OutcomeRow
{
    public string? TextKk { get; set; }
    public string? TextRu { get; set; }
    public string? TextEn { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(TextKk) && string.IsNullOrWhiteSpace(TextRu) && string.IsNullOrWhiteSpace(TextEn);
}
