namespace Ektu.Qa.Workflow.Engine;

/// <summary>The parsed model, or the problems that make it unacceptable (never both).</summary>
public sealed class BpmnParseResult
{
    internal BpmnParseResult(ProcessModel? model, IReadOnlyList<BpmnProblem> problems)
    {
        Model = problems.Count == 0 ? model : null;
        Problems = problems;
    }

    public ProcessModel? Model { get; }
    public IReadOnlyList<BpmnProblem> Problems { get; }
    public bool Succeeded => Model is not null && Problems.Count == 0;
}
