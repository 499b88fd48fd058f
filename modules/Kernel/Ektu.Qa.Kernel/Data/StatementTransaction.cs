using System.Data;
using System.Data.Common;

namespace Ektu.Qa.Kernel.Data;

/// <summary>
/// A transaction begun and ended with plain statements (BEGIN, COMMIT, ROLLBACK), for a driver that needs no transaction
/// object on its commands: MySqlConnector refuses a command without the connection's active transaction once the driver
/// began one, and <see cref="DbSessionExtensions.Command"/> leaves it out. The level is the server's (REPEATABLE READ).
/// </summary>
public sealed class StatementTransaction : DbTransaction
{
    private readonly DbConnection _connection;
    private bool _open = true;

    private StatementTransaction(DbConnection connection) => _connection = connection;

    public static async Task<DbTransaction> BeginAsync(DbConnection connection, CancellationToken ct)
    {
        await RunAsync(connection, "BEGIN", ct);
        return new StatementTransaction(connection);
    }

    public override IsolationLevel IsolationLevel => IsolationLevel.Unspecified;

    protected override DbConnection DbConnection => _connection;

    public override void Commit() => EndAsync("COMMIT", CancellationToken.None).GetAwaiter().GetResult();

    public override void Rollback() => EndAsync("ROLLBACK", CancellationToken.None).GetAwaiter().GetResult();

    public override Task CommitAsync(CancellationToken cancellationToken = default) => EndAsync("COMMIT", cancellationToken);

    public override Task RollbackAsync(CancellationToken cancellationToken = default) => EndAsync("ROLLBACK", cancellationToken);

    public override async ValueTask DisposeAsync()
    {
        if (_open && _connection.State == ConnectionState.Open) await EndAsync("ROLLBACK", CancellationToken.None);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _open && _connection.State == ConnectionState.Open) Rollback();
    }

    private async Task EndAsync(string statement, CancellationToken ct)
    {
        if (!_open) throw new InvalidOperationException("The transaction has already ended.");
        _open = false;
        await RunAsync(_connection, statement, ct);
    }

    /// <summary>
    /// Ends the transaction with the last command of a batch that is sent anyway (the unit of work's deferred writes): the
    /// commit costs no round trip of its own. <see cref="Committed"/> is called once that batch has run.
    /// </summary>
    public static string CommitStatement => "COMMIT";

    /// <summary>The batch ending in <see cref="CommitStatement"/> ran: the transaction is over without another statement.</summary>
    public void Committed()
    {
        if (!_open) throw new InvalidOperationException("The transaction has already ended.");
        _open = false;
    }

    private static async Task RunAsync(DbConnection connection, string statement, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = statement;
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
