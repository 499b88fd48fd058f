namespace Ektu.Qa.Workflow.Engine;

/// <summary>The flow-node types of the executable BPMN subset.</summary>
public enum NodeKind
{
    StartEvent,
    EndEvent,
    TerminateEndEvent,
    ErrorEndEvent,
    UserTask,
    ServiceTask,
    ExclusiveGateway,
    ParallelGateway,
    InclusiveGateway,
    IntermediateTimer,
    MessageCatch,
    BoundaryTimer,
    BoundaryError,
    SubProcess,
}
