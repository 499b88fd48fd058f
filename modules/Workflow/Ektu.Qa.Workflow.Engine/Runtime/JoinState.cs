namespace Ektu.Qa.Workflow.Engine;

/// <summary>Tokens waiting at a parallel join, counted per incoming flow, within one scope instance.</summary>
public sealed class JoinState
{
    public Guid? ScopeId { get; set; }
    public string GatewayId { get; set; } = string.Empty;
    public Dictionary<string, int> Tokens { get; set; } = new(StringComparer.Ordinal);
}
