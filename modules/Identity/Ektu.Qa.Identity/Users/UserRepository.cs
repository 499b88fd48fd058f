using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.Identity.Users;

internal sealed class UserRepository(IDbSession db, UserSummaryCache summaries)
{
    public const string Columns =
        "id, user_name AS UserName, full_name AS FullName, email, position, password_hash AS PasswordHash, security_stamp AS SecurityStamp, " +
        "is_active AS IsActive, access_failed_count AS AccessFailedCount, lockout_end AS LockoutEnd, last_login_at AS LastLoginAt, version, " +
        "created_at AS CreatedAt, created_by AS CreatedBy, updated_at AS UpdatedAt, updated_by AS UpdatedBy";

    public Task<User?> FindAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<User>($"SELECT {Columns} FROM id_users WHERE id = @id", new { id }, ct);

    /// <summary>User names are stored lower-case, so both databases compare them alike.</summary>
    public Task<User?> FindByNameAsync(string userName, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<User>($"SELECT {Columns} FROM id_users WHERE user_name = @n", new { n = userName.Trim().ToLowerInvariant() },
            ct);

    public Task InsertAsync(User u, CancellationToken ct)
    {
        summaries.Invalidate(db);
        return db.ExecuteAsync("""
        INSERT INTO id_users (id, user_name, full_name, email, position, password_hash, security_stamp, is_active, access_failed_count, lockout_end,
        last_login_at, version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @UserName, @FullName, @Email, @Position, @PasswordHash, @SecurityStamp, @IsActive, @AccessFailedCount, @LockoutEnd, @LastLoginAt,
        @Version, @CreatedAt, @CreatedBy, @UpdatedAt, @UpdatedBy)
        """, u, ct);
    }

    public async Task UpdateAsync(User u, int expectedVersion, CancellationToken ct)
    {
        summaries.Invalidate(db);
        var rows = await db.ExecuteAsync("""
            UPDATE id_users SET user_name = @UserName, full_name = @FullName, email = @Email, position = @Position, password_hash = @PasswordHash,
              security_stamp = @SecurityStamp, is_active = @IsActive, access_failed_count = @AccessFailedCount, lockout_end = @LockoutEnd,
              version = version + 1, updated_at = @UpdatedAt, updated_by = @UpdatedBy
            WHERE id = @Id AND version = @expectedVersion
            """, new { u.Id, u.UserName, u.FullName, u.Email, u.Position, u.PasswordHash, u.SecurityStamp, u.IsActive, u.AccessFailedCount,
                u.LockoutEnd, u.UpdatedAt, u.UpdatedBy, expectedVersion }, ct);
        Concurrency.EnsureUpdated(rows, "User", u.Id);
        u.Version = expectedVersion + 1;
    }

    /// <summary>Sign-in bookkeeping is not a user edit: no version bump, so an open edit form does not conflict with a login.</summary>
    public Task UpdateSignInStateAsync(User u, CancellationToken ct) => db.ExecuteAsync("""
        UPDATE id_users SET access_failed_count = @AccessFailedCount, lockout_end = @LockoutEnd, last_login_at = @LastLoginAt WHERE id = @Id
        """, new { u.Id, u.AccessFailedCount, u.LockoutEnd, u.LastLoginAt }, ct);
}
