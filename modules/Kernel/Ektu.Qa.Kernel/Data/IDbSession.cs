using System.Data.Common;

namespace Ektu.Qa.Kernel.Data;

/// <summary>
/// The scoped unit of work: one lazily opened connection, and while a unit of work is active one transaction
/// that every repository, query and audit entry of the request, job or workflow step shares.
/// </summary>
public interface IDbSession : IAsyncDisposable
{
    ISqlDialect Dialect { get; }

    /// <summary>The transaction of the active unit of work, or null outside one.</summary>
    DbTransaction? Transaction { get; }

    /// <summary>Correlation id written into audit entries of this unit of work.</summary>
    string CorrelationId { get; set; }

    /// <summary>The session's connection, in the unit of work's transaction when one is active, for commands of the caller's own.</summary>
    Task<DbConnection> GetConnectionAsync(CancellationToken ct = default);

    /// <summary>
    /// Runs <paramref name="command"/> on the session's connection (<see cref="DbSessionExtensions"/> send every command so).
    /// A connection lost under the session's first command (a pooled one whose server or cluster node died while it sat idle)
    /// is replaced once and the command sent again: nothing had been done on it, so nothing is lost or done twice.
    /// </summary>
    Task<T> RunAsync<T>(Func<DbConnection, Task<T>> command, CancellationToken ct = default);

    /// <summary>Starts the unit of work; writes outside one are refused.</summary>
    Task BeginAsync(CancellationToken ct = default);

    Task CommitAsync(CancellationToken ct = default);

    Task RollbackAsync(CancellationToken ct = default);

    /// <summary>
    /// Runs <paramref name="action"/> inside the transaction just before it commits: writes collected during the unit of
    /// work and sent together (audit entries), one round trip instead of one per entry.
    /// </summary>
    void OnCommitting(Func<Task> action);

    /// <summary>
    /// Queues a write that nothing reads back within the unit of work (an outbox mail, a notification, an audit entry):
    /// all queued writes go to the database as one command just before the commit, after the <see cref="OnCommitting"/>
    /// actions, and a rollback drops them.
    /// </summary>
    void Defer(string sql, IReadOnlyDictionary<string, object?> args);

    /// <summary>Runs <paramref name="action"/> after the current unit of work commits (events, e-mails).</summary>
    void OnCommitted(Func<Task> action);
}
