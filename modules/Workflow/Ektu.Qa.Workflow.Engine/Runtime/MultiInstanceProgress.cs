using System.Text.Json.Nodes;

namespace Ektu.Qa.Workflow.Engine;

/// <summary>Counters of a multi-instance body (BPMN nrOfInstances / nrOfCompletedInstances).</summary>
public sealed class MultiInstanceProgress
{
    /// <summary>The collection evaluated on entry (null when driven by loopCardinality).</summary>
    public JsonArray? Items { get; set; }
    public int Total { get; set; }
    /// <summary>Index of the next instance to create (sequential).</summary>
    public int NextIndex { get; set; }
    public int Completed { get; set; }
}
