namespace Ektu.Qa.Workflow.Engine;

/// <summary>Why a model was rejected. <see cref="Code"/> is stable (UnsupportedElement, InvalidExpression, MissingDefault, XmlMalformed,
/// DtdProhibited, TooLarge, NotBpmn, …).</summary>
public sealed record BpmnProblem(string? ElementId, string Code, string Message)
{
    public override string ToString() => ElementId is null ? $"{Code}: {Message}" : $"{ElementId}: {Code}: {Message}";
}
