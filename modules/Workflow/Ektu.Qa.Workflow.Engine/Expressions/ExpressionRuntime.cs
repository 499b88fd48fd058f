namespace Ektu.Qa.Workflow.Engine.Expressions;

/// <summary>What a host may do with the expression engine before the first step needs it.</summary>
public static class ExpressionRuntime
{
    /// <summary>
    /// Creates and warms the engine (the first evaluation in a process compiles Jint's interpreter, which can take longer than an
    /// expression's timeout); call it off the request path at start, so that the first step does not pay for it under a write lock.
    /// </summary>
    public static void WarmUp() => JsEvaluator.WarmUp();
}
