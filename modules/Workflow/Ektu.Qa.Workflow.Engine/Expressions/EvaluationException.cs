namespace Ektu.Qa.Workflow.Engine.Expressions;

internal sealed class EvaluationException(string message, Exception? inner = null) : Exception(message, inner);
