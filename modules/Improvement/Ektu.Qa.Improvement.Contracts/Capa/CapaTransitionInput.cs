namespace Ektu.Qa.Improvement.Capa;

/// <summary>Moves an item to <see cref="Target"/>; closing or reopening needs the effectiveness check's <see cref="Note"/>.</summary>
public sealed class CapaTransitionInput
{
    public CapaState Target { get; set; }
    public string? Note { get; set; }
    public int Version { get; set; }
}
