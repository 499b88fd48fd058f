namespace Ektu.Qa.Workflow.Engine.Expressions;

/// <summary>
/// The time all expressions of one engine step may take together. A step runs inside the caller's write transaction (on SQLite
/// the database's one write lock), so a model with many slow conditions must not add up what one condition may not take.
/// Checked before each evaluation; one evaluation is stopped at <see cref="ExpressionLimits.Timeout"/>. Both count the thread's
/// CPU time (<see cref="ThreadCpuClock"/>), so a busy machine does not fail a step whose expressions are cheap.
/// </summary>
internal sealed class ExpressionBudget(TimeSpan limit)
{
    public static readonly TimeSpan PerStep = TimeSpan.FromMilliseconds(50);

    private long _spentNanoseconds;

    public ExpressionBudget() : this(PerStep)
    {
    }

    public TimeSpan Spent => TimeSpan.FromTicks(_spentNanoseconds / 100);

    public long Start()
    {
        if (Spent >= limit)
            throw new EvaluationException($"the expressions of this step ran longer than {limit.TotalMilliseconds:F0} ms together");
        return ThreadCpuClock.NowNanoseconds();
    }

    public void Stop(long started) => _spentNanoseconds += ThreadCpuClock.NowNanoseconds() - started;
}
