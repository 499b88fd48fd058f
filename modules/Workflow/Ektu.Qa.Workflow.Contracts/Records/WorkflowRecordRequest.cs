namespace Ektu.Qa.Workflow.Records;

/// <summary>The instance whose business record is asked for: its process, business key and the unit it runs in.</summary>
public sealed record WorkflowRecordRequest(string ProcessKey, string BusinessKey, Guid InstanceId, Guid UnitId);
