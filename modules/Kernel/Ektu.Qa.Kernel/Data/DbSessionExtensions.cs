using System.Data.Common;
using System.Diagnostics;
using Dapper;
using Ektu.Qa.Kernel.Observability;

namespace Ektu.Qa.Kernel.Data;

/// <summary>Dapper calls bound to the session's connection and transaction.</summary>
public static class DbSessionExtensions
{
    /// <summary>A command in the session's transaction (<see cref="CommandTransaction"/>).</summary>
    public static CommandDefinition Command(this IDbSession s, string sql, object? param, CancellationToken ct) =>
        new(sql, param, s.CommandTransaction(), cancellationToken: ct);

    /// <summary>The transaction a command carries: the session's, unless begun by statement (<see cref="StatementTransaction"/>).</summary>
    public static DbTransaction? CommandTransaction(this IDbSession s) => s.Transaction is StatementTransaction ? null : s.Transaction;

    /// <summary>Executes a write; refused outside a unit of work so that nothing is written without its audit entry's transaction.</summary>
    public static Task<int> ExecuteAsync(this IDbSession s, string sql, object? param = null, CancellationToken ct = default) =>
        s.MeasuredAsync(cn =>
        {
            if (s.Transaction == null) throw new InvalidOperationException("Writes need an active unit of work (IDbSession.BeginAsync).");
            return cn.ExecuteAsync(s.Command(sql, param, ct));
        }, ct);

    public static async Task<IReadOnlyList<T>> QueryAsync<T>(this IDbSession s, string sql, object? param = null, CancellationToken ct = default) =>
        (await s.MeasuredAsync(cn => cn.QueryAsync<T>(s.Command(sql, param, ct)), ct)).AsList();

    public static Task<T?> QuerySingleOrDefaultAsync<T>(this IDbSession s, string sql, object? param = null, CancellationToken ct = default) =>
        s.MeasuredAsync(cn => cn.QuerySingleOrDefaultAsync<T>(s.Command(sql, param, ct)), ct);

    public static Task<T?> ExecuteScalarAsync<T>(this IDbSession s, string sql, object? param = null, CancellationToken ct = default) =>
        s.MeasuredAsync(cn => cn.ExecuteScalarAsync<T>(s.Command(sql, param, ct)), ct);

    /// <summary>
    /// A Dapper call of the caller's own (a multi-mapping query, a script with one result) on the session's connection,
    /// counted in <see cref="QaMetrics"/> like the others and sent again when the session's first command finds its
    /// connection lost (<see cref="IDbSession.RunAsync"/>). Build its command with <see cref="Command"/>.
    /// </summary>
    public static Task<T> MeasuredAsync<T>(this IDbSession s, Func<DbConnection, Task<T>> command, CancellationToken ct = default) =>
        s.RunAsync(cn => Measured(() => command(cn)), ct);

    /// <summary>
    /// One page of a query and the number of all its rows. A page that is not full ends the result, so its total is known
    /// without counting; only a full page, or one past the end, costs a second statement that counts. Cheaper than
    /// <c>COUNT(*) OVER ()</c>, for which MariaDB builds a temporary table: that made the inbox cost the server twice a plain
    /// SELECT. <paramref name="columns"/> is the select list mapped to <typeparamref name="T"/>; <paramref name="from"/> holds
    /// the FROM and WHERE clauses.
    /// </summary>
    public static async Task<(IReadOnlyList<T> Items, int Total)> QueryPageAsync<T>(
        this IDbSession s, string columns, string from, string orderBy, object? param, int offset, int size, CancellationToken ct = default)
    {
        var items = await s.QueryAsync<T>($"SELECT {columns} {from} ORDER BY {orderBy} LIMIT {size:D} OFFSET {offset:D}", param, ct);
        var known = items.Count < size && (items.Count > 0 || offset == 0);
        return (items, known ? offset + items.Count : (int)await s.ExecuteScalarAsync<long>($"SELECT COUNT(*) {from}", param, ct));
    }

    private static async Task<T> Measured<T>(Func<Task<T>> command)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await command();
        }
        finally
        {
            QaMetrics.DbCommand(started);
        }
    }

    /// <summary>Runs <paramref name="work"/> as one unit of work (jobs, seeders, tests).</summary>
    public static async Task<T> InUnitOfWorkAsync<T>(this IDbSession s, Func<Task<T>> work, CancellationToken ct = default)
    {
        await s.BeginAsync(ct);
        try
        {
            var result = await work();
            await s.CommitAsync(ct);
            return result;
        }
        catch
        {
            await s.RollbackAsync(ct);
            throw;
        }
    }

    public static Task InUnitOfWorkAsync(this IDbSession s, Func<Task> work, CancellationToken ct = default) =>
        s.InUnitOfWorkAsync(async () => { await work(); return 0; }, ct);
}
