using System.Data.Common;
using System.Text;
using System.Text.RegularExpressions;
using Dapper;

namespace Ektu.Qa.Kernel.Data;

/// <summary>
/// Statements collected and sent as one command: a workflow step's writes (task and instance updates, new tasks, candidates,
/// waits, history), or a unit of work's deferred writes (<see cref="IDbSession.Defer"/>), cost one round trip instead of one
/// each. An optimistic update goes in with <see cref="AddGuarded"/>: its row count is checked once the batch has run.
/// </summary>
public sealed partial class SqlBatch
{
    private readonly List<Statement> _statements = [];

    public bool IsEmpty => _statements.Count == 0;

    public void Add(string sql, IReadOnlyDictionary<string, object?> args) => _statements.Add(new Statement(sql, args, null, default));

    /// <summary>
    /// An update guarded by <c>version</c>: no row touched throws <see cref="Errors.ConcurrencyConflictException"/> for
    /// <paramref name="entity"/> <paramref name="id"/> after the batch ran (the statements after it ran too; the unit of work rolls
    /// them back with it). Where the dialect has no <see cref="ISqlDialect.ReadRowCount"/> (SQLite, in the process: a round trip
    /// costs nothing), the batch is sent in parts that end at each guarded statement, which is checked at once.
    /// </summary>
    public void AddGuarded(string sql, IReadOnlyDictionary<string, object?> args, string entity, Guid id) =>
        _statements.Add(new Statement(sql, args, entity, id));

    public async Task ExecuteAsync(IDbSession db, CancellationToken ct)
    {
        if (IsEmpty) return;
        var sent = await db.MeasuredAsync(cn =>
        {
            if (!cn.CanCreateBatch || db.Dialect.ReadRowCount is not { } readRowCount) return Task.FromResult(false);
            // The session's transaction begins with its connection's first command, so it is known only here.
            if (db.Transaction == null) throw new InvalidOperationException("Writes need an active unit of work (IDbSession.BeginAsync).");
            return ExecuteBatchAsync(cn, db.CommandTransaction(), readRowCount, ct);
        }, ct);
        if (!sent) await ExecuteInPartsAsync(db, ct);
    }

    /// <summary>
    /// One <see cref="DbBatch"/> (MySqlConnector sends its commands in one round trip), each statement a command with its own
    /// parameters, and after each guarded one the dialect's <see cref="ISqlDialect.ReadRowCount"/>: its result comes back in the
    /// stream, so the counts are read as the batch ran, with no session variable to set, clear and read back. The driver folds
    /// the row counts of consecutive writes into one, which is why a guard's count is asked for by a statement of its own.
    /// </summary>
    private async Task<bool> ExecuteBatchAsync(DbConnection cn, DbTransaction? transaction, string readRowCount, CancellationToken ct)
    {
        await using var batch = cn.CreateBatch();
        batch.Transaction = transaction;
        // A batch's own default is no limit; a command's comes from the connection string, as Dapper's commands have it.
        await using (var command = cn.CreateCommand()) batch.Timeout = command.CommandTimeout;
        var guards = new List<Statement>();
        foreach (var s in _statements)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = s.Sql;
            foreach (var (name, value) in s.Args)
            {
                var p = command.CreateParameter();
                p.ParameterName = name;
                p.Value = TypeHandlers.ParameterValue(value);
                command.Parameters.Add(p);
            }
            batch.BatchCommands.Add(command);
            if (s.Entity == null) continue;
            var count = batch.CreateBatchCommand();
            count.CommandText = readRowCount;
            batch.BatchCommands.Add(count);
            guards.Add(s);
        }
        if (guards.Count == 0)
        {
            await batch.ExecuteNonQueryAsync(ct);
            return true;
        }
        Errors.ConcurrencyConflictException? conflict = null;
        try
        {
            await using var reader = await batch.ExecuteReaderAsync(ct);
            for (var g = 0; g < guards.Count; g++)
            {
                if (g > 0) await reader.NextResultAsync(ct);
                await reader.ReadAsync(ct);
                if (conflict == null && reader.GetInt64(0) == 0) conflict = new Errors.ConcurrencyConflictException(guards[g].Entity!, guards[g].Id);
            }
            while (await reader.NextResultAsync(ct)) { }
        }
        catch (DbException) when (conflict != null)
        {
            // A statement after a guard that touched no row may fail for it (a step whose instance moved on inserts history the
            // other step wrote): that is the conflict, not the error it led to.
        }
        if (conflict != null) throw conflict;
        return true;
    }

    /// <summary>
    /// Parts of one command each, ending at a guarded statement; each statement's <c>@name</c> parameters are renamed
    /// <c>@b{n}_name</c> so the statements of a part cannot clash.
    /// </summary>
    private async Task ExecuteInPartsAsync(IDbSession db, CancellationToken ct)
    {
        var sql = new StringBuilder();
        var args = new DynamicParameters();
        for (var n = 0; n < _statements.Count; n++)
        {
            var s = _statements[n];
            var prefix = $"b{n}_";
            sql.Append(Parameter().Replace(s.Sql, m => "@" + prefix + m.Groups[1].Value)).Append(";\n");
            foreach (var (name, value) in s.Args) args.Add(prefix + name, value);
            if (s.Entity == null) continue;
            Concurrency.EnsureUpdated(await db.ExecuteAsync(sql.ToString(), args, ct), s.Entity, s.Id);
            (sql, args) = (new StringBuilder(), new DynamicParameters());
        }
        if (sql.Length > 0) await db.ExecuteAsync(sql.ToString(), args, ct);
    }

    [GeneratedRegex(@"@([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Parameter();

    private sealed record Statement(string Sql, IReadOnlyDictionary<string, object?> Args, string? Entity, Guid Id);
}
