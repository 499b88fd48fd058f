namespace Ektu.Qa.Workflow.Engine;

/// <summary>A token about to be put on a flow. Non-empty between steps only when the instance stopped in error mid-way (retry resumes it).</summary>
public sealed class PendingFlow
{
    public string FlowId { get; set; } = string.Empty;
    public Guid? ScopeId { get; set; }
}
