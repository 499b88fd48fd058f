using Ektu.Qa.Workflow.Records;

namespace Ektu.Qa.Workflow.Tasks;

/// <summary>
/// The task page's record card: the owning module's summary (<c>null</c> when no module describes the process or the
/// caller may not see the record) and every comment so far, the record's and the instance's completed tasks', oldest first.
/// </summary>
public sealed record TaskRecordDto(WorkflowRecordSummary? Record, IReadOnlyList<WorkflowRecordComment> Comments);
