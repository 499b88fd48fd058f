namespace Ektu.Qa.Kernel.Errors;

/// <summary>A 429 that knows when to try again: pages say it (the seconds are the message's first argument), and both
/// pages and problem details send it as Retry-After.</summary>
public sealed class TooManyRequestsException(string code, int retryAfterSeconds) : QaException(code, 429, retryAfterSeconds)
{
    public int RetryAfterSeconds { get; } = retryAfterSeconds;
}
