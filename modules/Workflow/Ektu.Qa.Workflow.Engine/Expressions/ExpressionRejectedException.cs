namespace Ektu.Qa.Workflow.Engine.Expressions;

internal sealed class ExpressionRejectedException(string message) : Exception(message);
