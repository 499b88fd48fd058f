namespace Ektu.Qa.Kernel.Timing;

internal sealed class SystemClock : IClock
{
    public DateTime UtcNow => Data.TypeHandlers.ToStored(DateTime.UtcNow);
}
