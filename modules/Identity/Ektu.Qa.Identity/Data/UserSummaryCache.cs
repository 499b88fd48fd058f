using System.Collections.Concurrent;
using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.Identity.Data;

/// <summary>
/// Users' names and e-mail addresses by id, cached per process: every inbox page, every new workflow task and every
/// notification reads them, and they change only through <see cref="UserRepository"/>, which drops the cache whenever it
/// inserts or updates a user (one generation counter, as <see cref="Security.GrantCache"/> does for grants). Misses are
/// read through the caller's session, so a unit of work sees its own changes; only rows read outside a transaction are
/// kept, because a transaction's rows may be uncommitted values that a rollback takes back.
/// </summary>
internal sealed class UserSummaryCache
{
    private const string Select = "SELECT id, user_name AS UserName, full_name AS FullName, position, email, is_active AS IsActive FROM id_users";

    private readonly ConcurrentDictionary<Guid, Entry> _byId = new();
    private readonly ConcurrentDictionary<string, Entry> _byName = new(StringComparer.Ordinal);
    private long _generation;

    /// <summary>Drops every entry now and again when <paramref name="session"/> commits, so a read in between cannot keep the old values.</summary>
    public void Invalidate(IDbSession session)
    {
        Clear();
        session.OnCommitted(() =>
        {
            Clear();
            return Task.CompletedTask;
        });
    }

    /// <summary>The users with these ids, active or not; unknown ids are left out.</summary>
    public async Task<IReadOnlyList<Entry>> GetAsync(IDbSession db, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var gen = Interlocked.Read(ref _generation);
        var found = new List<Entry>(ids.Count);
        var missing = new List<Guid>();
        foreach (var id in ids.Distinct())
        {
            if (_byId.TryGetValue(id, out var e) && e.Generation == gen) found.Add(e);
            else missing.Add(id);
        }
        if (missing.Count > 0) found.AddRange(await LoadAsync(db, gen, $"{Select} WHERE id IN @ids", new { ids = SqlIds.Text(missing) }, ct));
        return found;
    }

    /// <summary>The users with these (lower-case) user names, active or not; unknown names are left out.</summary>
    public async Task<IReadOnlyList<Entry>> GetByNameAsync(IDbSession db, IReadOnlyCollection<string> userNames, CancellationToken ct)
    {
        var gen = Interlocked.Read(ref _generation);
        var found = new List<Entry>(userNames.Count);
        var missing = new List<string>();
        foreach (var name in userNames.Distinct())
        {
            if (_byName.TryGetValue(name, out var e) && e.Generation == gen) found.Add(e);
            else missing.Add(name);
        }
        if (missing.Count > 0) found.AddRange(await LoadAsync(db, gen, $"{Select} WHERE user_name IN @names", new { names = missing.ToArray() }, ct));
        return found;
    }

    private async Task<IReadOnlyList<Entry>> LoadAsync(IDbSession db, long gen, string sql, object args, CancellationToken ct)
    {
        var rows = await db.QueryAsync<Row>(sql, args, ct);
        var entries = rows.Select(r => new Entry(gen,
            new UserSummary { Id = r.Id, UserName = r.UserName, FullName = r.FullName, Position = r.Position, Email = r.Email }, r.IsActive)).ToList();
        // Rows read across an invalidation serve this call but are not kept: they may be the values it replaced.
        if (db.Transaction != null || Interlocked.Read(ref _generation) != gen) return entries;
        foreach (var e in entries)
        {
            _byId[e.User.Id] = e;
            _byName[e.User.UserName] = e;
        }
        return entries;
    }

    private void Clear()
    {
        Interlocked.Increment(ref _generation);
        _byId.Clear();
        _byName.Clear();
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
