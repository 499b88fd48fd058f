namespace Ektu.Qa.Workflow.Tasks;

public enum WorkflowTaskStatus
{
    Open = 0,
    Completed = 1,
    Cancelled = 2,
}
