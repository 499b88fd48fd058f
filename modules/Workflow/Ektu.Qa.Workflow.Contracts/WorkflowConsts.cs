namespace Ektu.Qa.Workflow;

/// <summary>Lengths shared by validation and DDL.</summary>
public static class WorkflowConsts
{
    public const int KeyMax = 100;
    public const int NameMax = 300;
    public const int BusinessKeyMax = 200;
    public const int CommentMax = 4000;

    /// <summary>Upper bound of an uploaded or saved .bpmn file; the parser refuses bigger ones too.</summary>
    public const int MaxBpmnBytes = 2 * 1024 * 1024;

    /// <summary>Outcomes of approval tasks (the <c>outcome</c> variable), as the default processes test them.</summary>
    public static readonly string[] Outcomes = ["approve", "revise", "reject"];
}
