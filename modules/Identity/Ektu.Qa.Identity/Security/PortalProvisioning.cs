using System.Security.Claims;
using Ektu.Qa.Identity.Sync;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Timing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ektu.Qa.Identity.Security;

/// <summary>
/// Just-in-time provisioning: a person the portal vouches for, seen here for the first time, becomes a synced person from the
/// token's claims (external id, name, e-mail, unit, staff or student, position) with the role rules applied, recorded as a
/// sync run of its own. Runs in a fresh scope and unit of work: token validation happens before the request's own.
/// </summary>
internal sealed class PortalProvisioning(IServiceScopeFactory scopes, ILogger<PortalProvisioning> logger)
{
    public async Task<bool> ProvisionAsync(ClaimsPrincipal principal, string userName, JwtSettings.PortalSettings settings, CancellationToken ct)
    {
        string? Claim(string type) => principal.FindFirstValue(type) is { Length: > 0 } v ? v : null;
        var unit = Claim(settings.UnitClaim);
        var externalId = Claim(settings.ExternalIdClaim);
        if (unit == null || externalId == null)
        {
            logger.LogWarning("Portal user {UserName} not provisioned: the token names no {Claim}.", userName,
                unit == null ? settings.UnitClaim : settings.ExternalIdClaim);
            return false;
        }
        var kind = Enum.TryParse<SyncPersonKind>(Claim(settings.KindClaim), true, out var k) && Enum.IsDefined(k) ? k : SyncPersonKind.Staff;
        var person = new SyncPersonInput(externalId, kind, Claim(settings.NameClaim) ?? userName, userName, Claim(settings.EmailClaim), unit,
            Claim(settings.PositionClaim), null, null, null, null);
        await using var scope = scopes.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<IDbSession>();
        var result = await db.InUnitOfWorkAsync(async () =>
        {
            var clock = sp.GetRequiredService<IClock>();
            var started = clock.UtcNow;
            var items = await sp.GetRequiredService<PeopleSync>().UpsertAsync([person], ct);
            await sp.GetRequiredService<SyncRunLog>().RecordAsync(SyncRunKind.SignIn, "Person", principal.FindFirstValue("iss"), started,
                clock.UtcNow, "portal", items, ct);
            return items[0];
        }, ct);
        if (result.Outcome == SyncOutcome.Failed)
            logger.LogWarning("Portal user {UserName} not provisioned: {Field} {Code}.", userName, result.Field, result.Message);
        return result.Outcome != SyncOutcome.Failed;
    }
}
