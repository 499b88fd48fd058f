using System.Text.Json.Nodes;

namespace Ektu.Qa.Workflow.Engine;

/// <summary>
/// Everything an instance needs between steps: plain data with public get/set, System.Text.Json round-trippable, so the caller
/// can keep it in one JSON column. The engine mutates the object it is given.
/// </summary>
public sealed class InstanceState
{
    /// <summary>Identifies the instance in <see cref="ServiceCall"/>s.</summary>
    public Guid Token { get; set; }
    public string ProcessId { get; set; } = string.Empty;
    public InstanceStatus Status { get; set; }
    public JsonObject Variables { get; set; } = [];
    /// <summary>
    /// Variables only the code that started the instance may set (a module's own start call): kept here for the caller,
    /// which refuses task outputs that would overwrite them; the engine itself never reads it.
    /// </summary>
    public List<string> ProtectedVariables { get; set; } = [];
    public List<WaitState> Waits { get; set; } = [];
    public EngineError? Error { get; set; }
    public List<ActivityInstance> Activities { get; set; } = [];
    public List<JoinState> Joins { get; set; } = [];
    /// <summary>Work left when the instance stopped in error (a stack: the last item is next).</summary>
    public List<PendingFlow> Agenda { get; set; } = [];
    /// <summary>Last arming sequence number handed out.</summary>
    public long Sequence { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime? EndedAt { get; set; }
}
