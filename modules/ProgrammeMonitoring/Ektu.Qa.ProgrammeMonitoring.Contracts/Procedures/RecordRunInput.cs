namespace Ektu.Qa.ProgrammeMonitoring.Procedures;

/// <summary>The record of a run: its findings and, optionally, one evidence file.</summary>
public sealed class RecordRunInput
{
    public string Findings { get; set; } = "";
    public string? FileName { get; set; }
    public Stream? File { get; set; }
    public int Version { get; set; }
}
