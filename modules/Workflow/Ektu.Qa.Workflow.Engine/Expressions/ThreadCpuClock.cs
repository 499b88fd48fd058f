using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Ektu.Qa.Workflow.Engine.Expressions;

/// <summary>
/// The CPU time the calling thread has used, for the expression limits. Wall-clock time would count what the machine did
/// meanwhile: on a busy host (a garbage collection, a starved core) a condition that takes microseconds could be stopped and
/// fail its instance. Linux and macOS read the thread's clock; elsewhere the wall clock stands in.
/// </summary>
internal static class ThreadCpuClock
{
    private static readonly int? ThreadClockId = OperatingSystem.IsLinux() ? 3 : OperatingSystem.IsMacOS() ? 16 : null;

    /// <summary>Nanoseconds of the calling thread's CPU time (or of wall-clock time where the thread's clock is unknown).</summary>
    public static long NowNanoseconds()
    {
        if (ThreadClockId is { } id && clock_gettime(id, out var ts) == 0) return ts.Seconds * 1_000_000_000 + ts.Nanoseconds;
        return (long)(Stopwatch.GetTimestamp() * (1_000_000_000.0 / Stopwatch.Frequency));
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc")]
    private static extern int clock_gettime(int clockId, out TimeSpec time);
}
