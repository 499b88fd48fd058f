namespace Ektu.Qa.Workflow.Records;

/// <summary>
/// The instance whose business record is asked for: its process, business key and the unit it runs in.
/// <see cref="Participant"/>: the caller is asked to act on it (the task is theirs, offered to them, delegated by them or
/// done by them), so they may read what they decide on even without the module's read permission: the title, code, unit
/// and edition, not the files and pages their permissions do not open.
/// </summary>
public sealed record WorkflowRecordRequest(string ProcessKey, string BusinessKey, Guid InstanceId, Guid UnitId, bool Participant);
