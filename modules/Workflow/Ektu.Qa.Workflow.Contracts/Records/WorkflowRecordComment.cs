namespace Ektu.Qa.Workflow.Records;

/// <summary>A comment on the record so far: when (UTC), who, what was decided (if anything) and the text.</summary>
public sealed record WorkflowRecordComment(DateTime At, string Author, string? Outcome, string Text);
