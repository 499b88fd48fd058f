namespace Ektu.Qa.Workflow.Instances;

public enum InstanceStatus
{
    Running = 0,
    Completed = 1,
    Terminated = 2,
    Failed = 3,
}
