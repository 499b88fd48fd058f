namespace Ektu.Qa.Reporting.Runs;

/// <summary>An archived report file to stream to the caller.</summary>
public sealed class ReportFile
{
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public required string Path { get; init; }
}
