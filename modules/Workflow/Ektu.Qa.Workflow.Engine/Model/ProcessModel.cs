using Ektu.Qa.Workflow.Engine.Expressions;

namespace Ektu.Qa.Workflow.Engine;

/// <summary>A parsed, validated process: immutable and safe to share between threads and instances.</summary>
public sealed class ProcessModel
{
    private readonly Dictionary<string, NodeInfo> _nodes;
    private readonly Dictionary<string, FlowInfo> _flows;

    internal ProcessModel(string processId, string? name, LocalizedNames names, IReadOnlyList<NodeInfo> nodes,
        IReadOnlyList<FlowInfo> flows, string startEventId, ExpressionCache expressions)
    {
        ProcessId = processId;
        Name = name;
        Names = names;
        Nodes = nodes;
        Flows = flows;
        StartEventId = startEventId;
        Expressions = expressions;
        _nodes = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        _flows = flows.ToDictionary(f => f.Id, StringComparer.Ordinal);
    }

    public string ProcessId { get; }
    public string? Name { get; }
    public LocalizedNames Names { get; }
    public IReadOnlyList<NodeInfo> Nodes { get; }
    public IReadOnlyList<FlowInfo> Flows { get; }
    public string StartEventId { get; }
    /// <summary>Distinct service handler names used by the service tasks.</summary>
    public IEnumerable<string> Services => Nodes.Where(n => n.Service is not null).Select(n => n.Service!).Distinct();

    internal ExpressionCache Expressions { get; }

    public NodeInfo? FindNode(string id) => _nodes.GetValueOrDefault(id);
    public FlowInfo? FindFlow(string id) => _flows.GetValueOrDefault(id);

    internal NodeInfo Node(string id) => _nodes[id];
    internal FlowInfo Flow(string id) => _flows[id];
}
