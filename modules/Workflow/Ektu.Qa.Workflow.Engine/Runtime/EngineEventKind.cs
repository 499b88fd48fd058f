namespace Ektu.Qa.Workflow.Engine;

public enum EngineEventKind
{
    Entered,
    Completed,
    Cancelled,
    FlowTaken,
    WaitCreated,
    WaitRemoved,
    ServiceCalled,
    TimerFired,
    EndEventReached,
    InstanceCompleted,
    InstanceTerminated,
    InstanceFailed,
}
