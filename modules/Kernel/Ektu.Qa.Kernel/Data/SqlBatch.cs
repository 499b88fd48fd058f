using System.Text;
using System.Text.RegularExpressions;
using Dapper;

namespace Ektu.Qa.Kernel.Data;

/// <summary>
/// Statements collected and sent as one command: a workflow step's writes (task and instance updates, new tasks, candidates,
/// waits, history), or a unit of work's deferred writes (<see cref="IDbSession.Defer"/>), cost one round trip instead of one
/// each. Each statement's <c>@name</c> parameters are renamed <c>@b{n}_name</c> so the statements cannot clash. An optimistic
/// update goes in with <see cref="AddGuarded"/>: its row count is checked once the batch has run.
/// </summary>
public sealed partial class SqlBatch
{
    private readonly List<Statement> _statements = [];

    public bool IsEmpty => _statements.Count == 0;

    public void Add(string sql, IReadOnlyDictionary<string, object?> args) => _statements.Add(new Statement(sql, args, null, default));

    /// <summary>
    /// An update guarded by <c>version</c>: no row touched throws <see cref="Errors.ConcurrencyConflictException"/> for
    /// <paramref name="entity"/> <paramref name="id"/> after the batch ran (the statements after it ran too; the unit of work rolls
    /// them back with it). Where a round trip costs nothing (<see cref="ISqlDialect.KeepRowCount"/> is null), the batch is sent in
    /// parts that end at each guarded statement, which is checked at once.
    /// </summary>
    public void AddGuarded(string sql, IReadOnlyDictionary<string, object?> args, string entity, Guid id) =>
        _statements.Add(new Statement(sql, args, entity, id));

    public async Task ExecuteAsync(IDbSession db, CancellationToken ct)
    {
        if (IsEmpty) return;
        var guards = new List<Statement>();
        var sql = new StringBuilder();
        var args = new DynamicParameters();
        for (var n = 0; n < _statements.Count; n++)
        {
            var s = _statements[n];
            var prefix = $"b{n}_";
            sql.Append(Parameter().Replace(s.Sql, m => "@" + prefix + m.Groups[1].Value)).Append(";\n");
            foreach (var (name, value) in s.Args) args.Add(prefix + name, value);
            if (s.Entity == null) continue;
            if (db.Dialect.KeepRowCount(RowCountVariable(guards.Count)) is { } keep)
            {
                sql.Append(keep).Append(";\n");
                guards.Add(s);
                continue;
            }
            Concurrency.EnsureUpdated(await db.ExecuteAsync(sql.ToString(), args, ct), s.Entity, s.Id);
            (sql, args) = (new StringBuilder(), new DynamicParameters());
        }
        if (guards.Count == 0)
        {
            if (sql.Length > 0) await db.ExecuteAsync(sql.ToString(), args, ct);
            return;
        }
        // The kept counts come back as the one result of the command, after every statement of the batch ran. They are
        // cleared first: the session's variables outlive the batch, and a failed one is judged by the counts it reached.
        var read = "SELECT " + string.Join(", ", guards.Select((_, g) => $"@{RowCountVariable(g)} AS g{g}"));
        sql.Insert(0, "SET " + string.Join(", ", guards.Select((_, g) => $"@{RowCountVariable(g)} = NULL")) + ";\n").Append(read);
        IDictionary<string, object?> counts;
        try
        {
            counts = (IDictionary<string, object?>)(await db.QueryAsync<dynamic>(sql.ToString(), args, ct)).Single();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A statement after a guard that touched no row may fail for it (a step whose instance moved on inserts history the
            // other step wrote): that is the conflict, not the error it led to.
            if (await ConflictReachedAsync(db, read, guards, ct) is { } conflict) throw conflict;
            throw;
        }
        for (var g = 0; g < guards.Count; g++) Concurrency.EnsureUpdated(Convert.ToInt32(counts[$"g{g}"]), guards[g].Entity!, guards[g].Id);
    }

    private static async Task<Errors.ConcurrencyConflictException?> ConflictReachedAsync(IDbSession db, string read, List<Statement> guards,
        CancellationToken ct)
    {
        IDictionary<string, object?> counts;
        try
        {
            counts = (IDictionary<string, object?>)(await db.QueryAsync<dynamic>(read, null, ct)).Single();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return null; // the connection went with the batch: its own error says more
        }
        for (var g = 0; g < guards.Count && counts[$"g{g}"] is { } rows; g++)
            if (Convert.ToInt32(rows) == 0) return new Errors.ConcurrencyConflictException(guards[g].Entity!, guards[g].Id);
        return null;
    }

    /// <summary>A session variable no parameter name can take (parameters are renamed <c>b{n}_…</c>).</summary>
    private static string RowCountVariable(int guard) => $"qa_batch_rows_{guard}";

    [GeneratedRegex(@"@([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Parameter();

    private sealed record Statement(string Sql, IReadOnlyDictionary<string, object?> Args, string? Entity, Guid Id);
}
