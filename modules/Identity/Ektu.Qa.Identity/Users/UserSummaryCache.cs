using System.Collections.Concurrent;
using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.Identity.Users;

/// <summary>
/// Users' names and e-mail addresses by id and by user name, cached per process: every inbox page, every new workflow
/// task and every notification reads them, and they change only through <see cref="UserRepository"/>, which invalidates
/// the cache whenever it inserts or updates a user (as <see cref="Security.GrantCache"/> does for grants). Misses are read
/// through the caller's session, so a unit of work sees its own changes; only rows read outside a transaction are kept,
/// because a transaction's rows may be uncommitted values that a rollback takes back. Other hosts' changes show through
/// the shared version (<see cref="CacheVersions"/>), checked at most twice a second.
/// </summary>
internal sealed class UserSummaryCache(CacheVersions versions)
{
    private const string Select = "SELECT id, user_name AS UserName, full_name AS FullName, position, email, is_active AS IsActive FROM id_users";

    private readonly ConcurrentDictionary<Guid, Entry> _byId = new();
    private readonly ConcurrentDictionary<string, Entry> _byName = new(StringComparer.Ordinal);
    private readonly CacheGeneration _generation = new(versions, "Identity.Users");

    public void Invalidate(IDbSession session) => _generation.Invalidate(session);

    /// <summary>The users with these ids, active or not; unknown ids are left out.</summary>
    public Task<IReadOnlyList<Entry>> GetAsync(IDbSession db, IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        GetAsync(db, ids, _byId, missing => ($"{Select} WHERE id IN @ids", new { ids = SqlIds.Text(missing) }), ct);

    /// <summary>The users with these (lower-case) user names, active or not; unknown names are left out.</summary>
    public Task<IReadOnlyList<Entry>> GetByNameAsync(IDbSession db, IReadOnlyCollection<string> userNames, CancellationToken ct) =>
        GetAsync(db, userNames, _byName, missing => ($"{Select} WHERE user_name IN @names", new { names = missing.ToArray() }), ct);

    private async Task<IReadOnlyList<Entry>> GetAsync<TKey>(
        IDbSession db, IReadOnlyCollection<TKey> keys, ConcurrentDictionary<TKey, Entry> index, Func<List<TKey>, (string Sql, object Args)> query,
            CancellationToken ct)
        where TKey : notnull
    {
        var gen = await _generation.CurrentAsync(ct);
        var found = new List<Entry>(keys.Count);
        var missing = new List<TKey>();
        foreach (var key in keys.Distinct())
        {
            if (index.TryGetValue(key, out var e) && e.Generation == gen) found.Add(e);
            else missing.Add(key);
        }
        if (missing.Count == 0) return found;
        var (sql, args) = query(missing);
        var read = (await db.QueryAsync<Row>(sql, args, ct)).Select(r => new Entry(gen,
            new UserSummary { Id = r.Id, UserName = r.UserName, FullName = r.FullName, Position = r.Position, Email = r.Email }, r.IsActive))
                .ToList();
        // Rows read inside a transaction or across an invalidation serve this call only: they may not be the committed values.
        if (db.Transaction == null && _generation.Current == gen)
        {
            foreach (var e in read)
            {
                _byId[e.User.Id] = e;
                _byName[e.User.UserName] = e;
            }
        }
        found.AddRange(read);
        return found;
    }

    /// <summary>One user as cached.</summary>
    internal sealed record Entry(long Generation, UserSummary User, bool IsActive);

    private sealed class Row
    {
        public Guid Id { get; init; }
        public string UserName { get; init; } = "";
        public string FullName { get; init; } = "";
        public string? Position { get; init; }
        public string? Email { get; init; }
        public bool IsActive { get; init; }
    }
}
