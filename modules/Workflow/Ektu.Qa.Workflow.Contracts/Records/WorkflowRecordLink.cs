namespace Ektu.Qa.Workflow.Records;

/// <summary>A link a person follows: its text and a generated URL.</summary>
public sealed record WorkflowRecordLink(string Text, string Url);
