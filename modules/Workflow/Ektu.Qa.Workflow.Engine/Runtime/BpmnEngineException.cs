namespace Ektu.Qa.Workflow.Engine;

/// <summary>A request the instance cannot take in its current state (WaitNotFound, NotRunning, NotInError, InvalidMove, WrongModel).</summary>
public sealed class BpmnEngineException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
