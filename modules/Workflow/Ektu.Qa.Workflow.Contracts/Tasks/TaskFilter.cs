namespace Ektu.Qa.Workflow.Tasks;

/// <summary>The inbox tabs.</summary>
public enum TaskFilter
{
    /// <summary>Assigned to me (claimed, assigned by the model, or delegated to me).</summary>
    Mine = 0,

    /// <summary>Offered to a role I hold in the record's unit and not yet claimed.</summary>
    Available = 1,

    /// <summary>Completed by me.</summary>
    Completed = 2,
}
