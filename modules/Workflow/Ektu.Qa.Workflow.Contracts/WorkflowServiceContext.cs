using System.Text.Json.Nodes;

namespace Ektu.Qa.Workflow;

/// <summary>What a service handler sees: the instance, its business record and a copy of the variables.</summary>
public sealed record WorkflowServiceContext(Guid InstanceId, string ProcessKey, string BusinessKey, Guid UnitId, string ActivityId,
    JsonObject Variables);
