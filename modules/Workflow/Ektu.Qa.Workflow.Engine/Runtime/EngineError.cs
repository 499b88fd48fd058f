namespace Ektu.Qa.Workflow.Engine;

/// <summary>Why an instance is in <see cref="InstanceStatus.Error"/>; <see cref="ActivityInstanceId"/> is what <c>RetryAsync</c> runs
/// again.</summary>
public sealed class EngineError
{
    public string? ElementId { get; set; }
    /// <summary>A BPMN error code raised by a handler, or an engine code (NoFlowTaken, ExpressionFailed, ServiceFailed, LoopLimit, …).</summary>
    public string Code { get; set; } = string.Empty;
    public string Message { get; set; } = string.Empty;
    public Guid? ActivityInstanceId { get; set; }
    /// <summary>The errorCode when the failure is an uncaught BPMN error raised by a service handler; null for engine failures.</summary>
    public string? BpmnErrorCode { get; set; }
}
