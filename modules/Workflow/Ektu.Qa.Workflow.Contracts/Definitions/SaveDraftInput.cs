namespace Ektu.Qa.Workflow.Definitions;

/// <summary>The designer's diagram for the draft; <see cref="Version"/> is the draft row's version the editor loaded (0 when there is no draft
/// yet).</summary>
public sealed record SaveDraftInput
{
    public string Xml { get; init; } = "";
    public int Version { get; init; }
}
