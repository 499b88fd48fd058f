using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.TestKit;

/// <summary>A clock tests move by hand.</summary>
public sealed class FakeClock(DateTime utcNow) : IClock
{
    public DateTime UtcNow { get; set; } = DateTime.SpecifyKind(utcNow, DateTimeKind.Utc);

    public void Advance(TimeSpan by) => UtcNow = UtcNow.Add(by);
}
