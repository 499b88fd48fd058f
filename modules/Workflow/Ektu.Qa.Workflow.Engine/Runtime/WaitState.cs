using System.Text.Json.Nodes;

namespace Ektu.Qa.Workflow.Engine;

/// <summary>A point where the instance waits for the outside world: a user task, an armed timer or a message subscription.</summary>
public sealed class WaitState
{
    public Guid Id { get; set; }
    public WaitKind Kind { get; set; }
    /// <summary>The user task, the message catch event, or the timer event (intermediate or boundary).</summary>
    public string ElementId { get; set; } = string.Empty;
    /// <summary>The activity instance this wait belongs to (for a boundary timer: its host).</summary>
    public Guid ActivityInstanceId { get; set; }
    /// <summary>Multi-instance instance index.</summary>
    public int? LoopIndex { get; set; }
    /// <summary>Multi-instance element variable value.</summary>
    public JsonNode? ElementValue { get; set; }
    public string? Assignee { get; set; }
    public List<string> CandidateGroups { get; set; } = [];
    /// <summary>Timer due time (UTC) or user-task due date.</summary>
    public DateTime? DueAt { get; set; }
    public string? FormKey { get; set; }
    public bool FourEyes { get; set; }
    public string? MessageName { get; set; }
    /// <summary>For boundary timers: whether firing cancels the host.</summary>
    public bool Interrupting { get; set; }
    public DateTime ArmedAt { get; set; }
    /// <summary>Arming order within the instance.</summary>
    public long Sequence { get; set; }
}
