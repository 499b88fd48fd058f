using System.Data.Common;

namespace Ektu.Qa.Kernel.Data;

/// <summary>Makes open connections for the configured database.</summary>
public interface IDbConnectionFactory
{
    ISqlDialect Dialect { get; }

    Task<DbConnection> OpenAsync(CancellationToken ct = default);

    /// <summary>
    /// Gives back a connection from <see cref="OpenAsync"/> once its transaction has ended: closes it, or keeps it for the
    /// next caller when the factory pools connections itself. Callers release rather than dispose.
    /// </summary>
    ValueTask ReleaseAsync(DbConnection connection) => connection.DisposeAsync();

    /// <summary>
    /// Forgets the connections kept for later callers, idle or rented: a connection was lost under a command, so the server
    /// or cluster node behind the others is likely gone too, and new ones go where the connection string now leads.
    /// </summary>
    void ClearPool() { }

    /// <summary>Starts a unit of work's transaction; the driver's own unless the factory knows a cheaper way.</summary>
    async Task<DbTransaction> BeginTransactionAsync(DbConnection connection, CancellationToken ct) => await connection.BeginTransactionAsync(ct);

    /// <summary>Ends a transaction from <see cref="BeginTransactionAsync"/> after its commit or rollback, even a failed one.</summary>
    ValueTask EndTransactionAsync(DbTransaction transaction) => transaction.DisposeAsync();
}
