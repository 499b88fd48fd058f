namespace Ektu.Qa.Workflow.Engine.Expressions;

/// <summary>The four limits every expression engine runs with.</summary>
internal sealed record ExpressionLimits(TimeSpan Timeout, long MemoryBytes, int MaxStatements, int MaxRecursion)
{
    /// <summary>
    /// A step runs in a write transaction, so a hostile expression must stop before a writer notices: 50 ms at most (the
    /// statement, memory and recursion limits stop most scripts far sooner); a real condition takes microseconds.
    /// </summary>
    public static readonly ExpressionLimits Default = new(TimeSpan.FromMilliseconds(50), 8 * 1024 * 1024, 10_000, 64);
}
