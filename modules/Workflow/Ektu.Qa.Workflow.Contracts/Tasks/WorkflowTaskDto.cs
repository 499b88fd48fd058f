namespace Ektu.Qa.Workflow.Tasks;

/// <summary>A user task of a process instance, as the inbox and the task page show it.</summary>
public sealed record WorkflowTaskDto
{
    public Guid Id { get; init; }
    public Guid InstanceId { get; init; }
    public string ProcessKey { get; init; } = "";
    public string BusinessKey { get; init; } = "";
    public Guid UnitId { get; init; }
    public string ElementId { get; init; } = "";
    public string NameKk { get; init; } = "";
    public string NameRu { get; init; } = "";
    public string NameEn { get; init; } = "";
    public string? FormKey { get; init; }
    public WorkflowTaskStatus Status { get; init; }
    public Guid? AssigneeId { get; init; }
    public string? AssigneeName { get; init; }

    /// <summary>Set while the task is delegated: the owner gets it back when the delegate resolves it.</summary>
    public Guid? OwnerId { get; init; }
    public string? OwnerName { get; init; }
    public string CandidateGroups { get; init; } = "";
    public bool FourEyes { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime? DueAt { get; init; }
    public DateTime? CompletedAt { get; init; }
    public string? CompletedByName { get; init; }
    public string? Outcome { get; init; }
    public string? Comment { get; init; }
    public int Version { get; init; }

    /// <summary>The outcome in the current UI language ("Approve" for <c>approve</c>).</summary>
    public string? OutcomeName { get; init; }

    /// <summary>The process's name in the current UI language.</summary>
    public string? ProcessName { get; init; }

    /// <summary>The business record's title and unit, from the module that owns the process; <c>null</c> when none describes it.</summary>
    public string? RecordTitle { get; init; }
    public string? RecordUnit { get; init; }

    /// <summary>
    /// The caller may open the task's page (a participant, or a task manager of its unit); filled by the instance's task list,
    /// which shows every task of an instance in scope, so that it links only those whose page would not answer 404.
    /// </summary>
    public bool CanOpen { get; init; }

    /// <summary>The form fields the task declares; filled by the single-task read only.</summary>
    public IReadOnlyList<TaskFormFieldDto> Fields { get; init; } = [];
}
