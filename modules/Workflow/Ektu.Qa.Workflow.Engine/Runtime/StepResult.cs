namespace Ektu.Qa.Workflow.Engine;

public sealed record StepResult(InstanceState State, IReadOnlyList<EngineEvent> Events);
