using System.Collections.Concurrent;
using Ektu.Qa.Kernel.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Identity.Security;

/// <summary>
/// Each user's granted permissions and visible units, cached per process and dropped whenever roles,
/// grants, assignments or units change (one generation counter: changes are rare, reads are every request), on this host
/// at once and on the others at their next check of the shared version (<see cref="CacheVersions"/>).
/// </summary>
internal sealed class GrantCache(IServiceScopeFactory scopes, CacheVersions versions)
{
    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();
    private readonly CacheGeneration _generation = new(versions, "Identity.Grants");

    /// <summary>Drops every entry: now, and again when <paramref name="session"/> commits.</summary>
    public void Invalidate(IDbSession session) => _generation.Invalidate(session);

    public async Task<Entry> GetAsync(Guid userId)
    {
        var gen = await _generation.CurrentAsync();
        if (_entries.TryGetValue(userId, out var e) && e.Generation == gen) return e;
        // A fresh scope: the caller's session may be mid-transaction on another connection (SQLite would wait on it).
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IDbSession>();
        var (isActive, stamp) = await db.QuerySingleOrDefaultAsync<(bool IsActive, string? Stamp)>(
            "SELECT is_active, security_stamp FROM id_users WHERE id = @userId", new { userId });
        var permissions = isActive
            ? (await db.QueryAsync<string>("""
                SELECT DISTINCT rp.permission FROM id_role_permissions rp JOIN id_user_roles ur ON ur.role_id = rp.role_id WHERE ur.user_id = @userId
                """, new { userId })).ToHashSet(StringComparer.Ordinal)
            : [];
        var units = isActive
            ? await db.QueryAsync<(string Path, int Depth)>("""
                SELECT u.path, u.depth FROM id_user_roles ur JOIN id_organization_units u ON u.id = ur.unit_id WHERE ur.user_id = @userId
                """, new { userId })
            : [];
        HashSet<Guid> visible = [];
        var all = units.Any(u => u.Depth == 0);
        if (!all && units.Count > 0)
        {
            foreach (var (path, _) in units)
            {
                visible.UnionWith(await db.QueryAsync<Guid>(
                    $"SELECT id FROM id_organization_units WHERE path LIKE {db.Dialect.Concat("@path", "'%'")}", new { path }));
            }
        }
        e = new Entry(gen, permissions, all, visible, stamp);
        if (_generation.Current == gen) _entries[userId] = e;
        return e;
    }

    /// <summary>What one user may do and see.</summary>
    internal sealed record Entry(long Generation, HashSet<string> Permissions, bool AllUnits, HashSet<Guid> Units, string? SecurityStamp);
}
