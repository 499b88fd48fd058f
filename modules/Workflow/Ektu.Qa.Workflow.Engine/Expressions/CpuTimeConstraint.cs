using Jint;

namespace Ektu.Qa.Workflow.Engine.Expressions;

/// <summary>
/// Stops one evaluation when it has used <paramref name="limit"/> of the thread's CPU time (<see cref="ThreadCpuClock"/>),
/// in place of Jint's wall-clock timeout. Jint calls <see cref="Check"/> before every statement; the clock is read every
/// <see cref="Interval"/> statements, which the statement limit keeps to a few hundred reads at most.
/// </summary>
internal sealed class CpuTimeConstraint(TimeSpan limit) : Constraint
{
    private const int Interval = 32;
    private readonly long _limitNanoseconds = (long)(limit.TotalMilliseconds * 1_000_000);
    private long _started;
    private int _countdown;

    public override void Reset()
    {
        _started = ThreadCpuClock.NowNanoseconds();
        _countdown = Interval;
    }

    public override void Check()
    {
        if (--_countdown > 0) return;
        _countdown = Interval;
        if (ThreadCpuClock.NowNanoseconds() - _started > _limitNanoseconds) throw new TimeoutException();
    }
}
