using System.Diagnostics;

namespace Ektu.Qa.Workflow.Engine.Expressions;

/// <summary>
/// The time all expressions of one engine step may take together. A step runs inside the caller's write transaction (on SQLite
/// the database's one write lock), so a model with many slow conditions must not add up what one condition may not take.
/// Checked before each evaluation; one evaluation is stopped by Jint at <see cref="ExpressionLimits.Timeout"/>.
/// </summary>
internal sealed class ExpressionBudget(TimeSpan limit)
{
    public static readonly TimeSpan PerStep = TimeSpan.FromMilliseconds(50);

    private long _spentTicks;

    public ExpressionBudget() : this(PerStep)
    {
    }

    public TimeSpan Spent => Stopwatch.GetElapsedTime(0, _spentTicks);

    public long Start()
    {
        if (Spent >= limit)
            throw new EvaluationException($"the expressions of this step ran longer than {limit.TotalMilliseconds:F0} ms together");
        return Stopwatch.GetTimestamp();
    }

    public void Stop(long started) => _spentTicks += Stopwatch.GetTimestamp() - started;
}
