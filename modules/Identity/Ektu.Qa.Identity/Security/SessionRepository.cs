using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.Identity.Security;

/// <summary>
/// One row per cookie sign-in, so that any host sharing the database can tell a signed-out cookie from a live one: the row
/// is deleted at sign-out, and a cookie counts only while its row exists and its user is active with the same security stamp
/// (a password change or a deactivation changes the stamp and so ends every session of the user).
/// </summary>
internal sealed class SessionRepository(IDbSession db)
{
    /// <summary>An absolute limit on a sliding session; also how long an abandoned row (no sign-out) is kept.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(30);

    /// <summary>Starts a session; the user's rows older than <see cref="MaxAge"/> go in the same unit of work.</summary>
    public async Task StartAsync(Guid id, Guid userId, DateTime now, CancellationToken ct)
    {
        await db.ExecuteAsync("DELETE FROM id_sessions WHERE user_id = @userId AND created_at < @oldest", new { userId, oldest = now - MaxAge }, ct);
        await db.ExecuteAsync("INSERT INTO id_sessions (id, user_id, created_at) VALUES (@id, @userId, @now)", new { id, userId, now }, ct);
    }

    public async Task<bool> IsLiveAsync(Guid id, Guid userId, Guid stamp, DateTime now, CancellationToken ct) =>
        await db.ExecuteScalarAsync<long>("""
            SELECT COUNT(*) FROM id_sessions s JOIN id_users u ON u.id = s.user_id
            WHERE s.id = @id AND s.user_id = @userId AND s.created_at >= @oldest AND u.is_active = @active AND u.security_stamp = @stamp
            """, new { id, userId, oldest = now - MaxAge, active = true, stamp }, ct) > 0;

    public Task EndAsync(Guid id, CancellationToken ct) => db.ExecuteAsync("DELETE FROM id_sessions WHERE id = @id", new { id }, ct);
}
