namespace Ektu.Qa.Workflow.Engine;

/// <summary>A flow node of the model with everything the engine and the Workflow module need to know about it.</summary>
public sealed class NodeInfo
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public NodeKind Kind { get; init; }
    public LocalizedNames Names { get; init; } = LocalizedNames.Empty;
    /// <summary>Id of the enclosing sub-process; <c>null</c> at process level.</summary>
    public string? ScopeId { get; init; }
    public IReadOnlyList<string> Incoming { get; internal set; } = [];
    /// <summary>Outgoing flows in document order of the <c>sequenceFlow</c> elements.</summary>
    public IReadOnlyList<FlowInfo> Outgoing { get; internal set; } = [];
    /// <summary>Boundary events attached to this activity, in document order.</summary>
    public IReadOnlyList<NodeInfo> Boundaries { get; internal set; } = [];
    public string? AttachedToId { get; init; }
    /// <summary>Boundary events: interrupting (the default) or not.</summary>
    public bool CancelActivity { get; init; } = true;
    /// <summary>Error end events and error boundary events: the referenced <c>bpmn:error</c> id (none = catch-all boundary).</summary>
    public string? ErrorRef { get; init; }
    public string? ErrorCode { get; init; }
    public string? DefaultFlowId { get; init; }
    /// <summary>Service tasks: handler name from <c>${environment.services.&lt;name&gt;}</c>.</summary>
    public string? Service { get; init; }
    public string? Assignee { get; init; }
    public string? CandidateGroups { get; init; }
    public string? DueDate { get; init; }
    public string? FormKey { get; init; }
    /// <summary>
    /// User tasks: the outputs the task's form declares (<c>camunda:formData/camunda:formField/@id</c>); a completion may
    /// set these variables and no others.
    /// </summary>
    public IReadOnlyList<string> FormFields => Form.Select(f => f.Id).ToList();

    /// <summary>User tasks: the declared form fields with their labels, types and constraints, in document order.</summary>
    public IReadOnlyList<FormFieldInfo> Form { get; init; } = [];
    /// <summary><c>qa:fourEyes="true"</c>: the caller excludes everyone who completed earlier tasks of the instance.</summary>
    public bool FourEyes { get; init; }
    public string? TimerDuration { get; init; }
    public string? TimerDate { get; init; }
    public string? MessageName { get; init; }
    public MultiInstanceInfo? MultiInstance { get; init; }
    /// <summary>Sub-processes: the inner none start event.</summary>
    public string? StartEventId { get; internal set; }

    public bool IsEndEvent => Kind is NodeKind.EndEvent or NodeKind.TerminateEndEvent or NodeKind.ErrorEndEvent;
    public bool IsBoundary => Kind is NodeKind.BoundaryTimer or NodeKind.BoundaryError;
}
