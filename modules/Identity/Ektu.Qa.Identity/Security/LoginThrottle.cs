using System.Net;
using System.Threading.RateLimiting;
using Ektu.Qa.Kernel.Errors;
using Microsoft.Extensions.Configuration;

namespace Ektu.Qa.Identity.Security;

/// <summary>
/// Limits sign-in attempts (the login form's POST and the token endpoint), not page views: per account name from one
/// client IP, so guessing one password is slow, and per client IP across names, so spraying many is too, with a limit high
/// enough that a whole faculty behind one NAT or proxy is not locked out by one attacker among them. Counters are in memory
/// of each host (README decision): the lockout after repeated failures, in the database, is the guard shared by all hosts.
/// </summary>
internal sealed class LoginThrottle : IDisposable
{
    public const string PerAccountKey = "Authentication:LoginAttemptsPerMinute";
    public const string PerIpKey = "Authentication:LoginAttemptsPerMinutePerIp";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly PartitionedRateLimiter<string> _perAccount;
    private readonly PartitionedRateLimiter<string> _perIp;

    public LoginThrottle(IConfiguration configuration)
    {
        _perAccount = Limiter(configuration.GetValue(PerAccountKey, 20));
        _perIp = Limiter(configuration.GetValue(PerIpKey, 300));
    }

    /// <summary>Counts one attempt; throws 429 with the seconds to wait when either limit is spent.</summary>
    public void Attempt(IPAddress? clientIp, string? accountName)
    {
        var ip = clientIp?.ToString() ?? "unknown";
        var name = (accountName ?? "").Trim().ToLowerInvariant();
        using var account = _perAccount.AttemptAcquire(ip + "\n" + name);
        if (!account.IsAcquired) throw TooMany(account);
        using var client = _perIp.AttemptAcquire(ip);
        if (!client.IsAcquired) throw TooMany(client);
    }

    public void Dispose()
    {
        _perAccount.Dispose();
        _perIp.Dispose();
    }

    private static QaException TooMany(RateLimitLease lease)
    {
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : Window;
        return new TooManyRequestsException(IdentityErrorCodes.TooManySignIns, (int)Math.Ceiling(Math.Max(1, wait.TotalSeconds)));
    }

    private static PartitionedRateLimiter<string> Limiter(int permits) => PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}
