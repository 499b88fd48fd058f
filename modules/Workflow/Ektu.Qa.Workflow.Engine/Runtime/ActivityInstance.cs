using System.Text.Json.Nodes;

namespace Ektu.Qa.Workflow.Engine;

/// <summary>An entered, not yet finished activity: a waiting task or event, a running sub-process (a scope), a multi-instance body or one of its
/// instances.</summary>
public sealed class ActivityInstance
{
    public Guid Id { get; set; }
    public string ElementId { get; set; } = string.Empty;
    /// <summary>The enclosing sub-process instance or multi-instance body; <c>null</c> at process level.</summary>
    public Guid? ScopeId { get; set; }
    public int? LoopIndex { get; set; }
    public JsonNode? ElementValue { get; set; }
    /// <summary>Set on a multi-instance body.</summary>
    public MultiInstanceProgress? MultiInstance { get; set; }
}
