namespace Ektu.Qa.Kernel.Timing;

/// <summary>Now, replaceable by tests.</summary>
public interface IClock
{
    DateTime UtcNow { get; }
}
