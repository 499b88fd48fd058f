using System.Security.Claims;
using Ektu.Qa.Identity.Roles;
using Ektu.Qa.Identity.Users;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Settings;
using Ektu.Qa.Kernel.Timing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Identity.Security;

/// <summary>
/// Checks a password with lockout after repeated failures; every attempt is audited. It runs in a unit of work of its
/// own, because a failed attempt must be counted even though the request that made it ends in an error. An unknown name,
/// a wrong password and a locked account answer alike (401, the same message, a password hash verified each time), so
/// that the answer does not tell which names exist. A successful sign-in starts a server-side session (id_sessions).
/// </summary>
internal sealed class SignInService(IServiceScopeFactory scopes, IPasswordHasher<User> hasher, IClock clock)
{
    public const string MaxFailedSetting = "Identity.Lockout.MaxFailedAttempts";
    public const string LockoutMinutesSetting = "Identity.Lockout.DurationMinutes";

    // A valid hash of a random password, verified for unknown names so that they take as long as known ones.
    private static readonly string DummyHash = new PasswordHasher<User>().HashPassword(new User(), Guid.NewGuid().ToString());

    /// <summary>The principal for a valid login; throws <see cref="QaException"/> (401 for every refusal).</summary>
    public async Task<ClaimsPrincipal> SignInAsync(string? userName, string? password, string scheme, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<IDbSession>();
        var users = sp.GetRequiredService<UserRepository>();
        var u = string.IsNullOrWhiteSpace(userName) ? null : await users.FindByNameAsync(userName, ct);
        if (u == null || !u.IsActive || u.PasswordHash == null)
        {
            hasher.VerifyHashedPassword(new User(), DummyHash, password ?? "");
            throw new QaException(IdentityErrorCodes.InvalidLogin, 401);
        }
        sp.GetRequiredService<CurrentUser>().Use(CurrentUser.For(u.Id, u.UserName));
        var settings = sp.GetRequiredService<ISettingStore>();
        var audit = sp.GetRequiredService<IAuditLog>();
        var now = clock.UtcNow;
        var ok = hasher.VerifyHashedPassword(u, u.PasswordHash, password ?? "") != PasswordVerificationResult.Failed;
        if (u.IsLockedOut(now)) throw new QaException(IdentityErrorCodes.InvalidLogin, 401);

        var locked = false;
        var session = Guid.NewGuid();
        await db.InUnitOfWorkAsync(async () =>
        {
            if (ok)
            {
                u.AccessFailedCount = 0;
                u.LockoutEnd = null;
                u.LastLoginAt = now;
                await sp.GetRequiredService<SessionRepository>().StartAsync(session, u.Id, now, ct);
            }
            else if (++u.AccessFailedCount >= await settings.GetIntAsync(MaxFailedSetting, ct))
            {
                locked = true;
                u.LockoutEnd = now.AddMinutes(await settings.GetIntAsync(LockoutMinutesSetting, ct));
                u.AccessFailedCount = 0;
            }
            await users.UpdateSignInStateAsync(u, ct);
            await audit.WriteAsync("Identity", "User", u.Id, ok ? "LoggedIn" : locked ? "LockedOut" : "LoginFailed", null, ct);
        }, ct);
        if (!ok) throw new QaException(IdentityErrorCodes.InvalidLogin, 401);
        return Principal(u, scheme, session);
    }

    public static ClaimsPrincipal Principal(User u, string scheme, Guid session) => new(new ClaimsIdentity(
    [
        new Claim(QaClaimTypes.SessionId, session.ToString()),
        new Claim(QaClaimTypes.UserId, u.Id.ToString()),
        new Claim(ClaimTypes.Name, u.UserName),
        new Claim(ClaimTypes.GivenName, u.FullName),
        new Claim(QaClaimTypes.SecurityStamp, u.SecurityStamp.ToString()),
    ], scheme, ClaimTypes.Name, ClaimTypes.Role));
}
