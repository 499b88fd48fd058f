using Ektu.Qa.Kernel.Observability;
using System.Data.Common;

namespace Ektu.Qa.Kernel.Data;

internal sealed class DbSession(IDbConnectionFactory factory) : IDbSession
{
    private DbConnection? _connection;
    private bool _unitOfWork;
    private bool _used; // a command went through on the connection: losing it now may lose work, so it is not replaced
    private readonly List<Func<Task>> _beforeCommit = [];
    private readonly List<Func<Task>> _afterCommit = [];
    private SqlBatch? _deferred;

    public ISqlDialect Dialect => factory.Dialect;

    public DbTransaction? Transaction { get; private set; }

    public string CorrelationId { get; set; } = Guid.NewGuid().ToString("N");

    public async Task<DbConnection> GetConnectionAsync(CancellationToken ct = default)
    {
        // The caller may run anything on it, which a replaced connection would not carry over.
        var cn = await ConnectAsync(ct);
        _used = true;
        return cn;
    }

    public async Task<T> RunAsync<T>(Func<DbConnection, Task<T>> command, CancellationToken ct = default)
    {
        var replaced = false;
        while (true)
        {
            var first = !_used;
            try
            {
                var result = await command(await ConnectAsync(ct));
                _used = true;
                return result;
            }
            catch (Exception ex) when (first && !replaced && TransientDbFailure.IsConnectionLost(ex) && !ct.IsCancellationRequested)
            {
                replaced = true;
                await DropConnectionAsync();
            }
        }
    }

    private async Task<DbConnection> ConnectAsync(CancellationToken ct)
    {
        _connection ??= await factory.OpenAsync(ct);
        if (_unitOfWork && Transaction == null)
            Transaction = await factory.BeginTransactionAsync(_connection, ct);
        return _connection;
    }

    public Task BeginAsync(CancellationToken ct = default)
    {
        if (_unitOfWork) throw new InvalidOperationException("A unit of work is already active.");
        _unitOfWork = true;
        return Task.CompletedTask;
    }

    public async Task CommitAsync(CancellationToken ct = default)
    {
        while (_beforeCommit.Count > 0)
        {
            var pending = _beforeCommit.ToList();
            _beforeCommit.Clear();
            foreach (var a in pending) await a();
        }
        var committed = false;
        if (_deferred is { } deferred)
        {
            _deferred = null;
            // A transaction begun by statement ends with the deferred writes, in their round trip; should the batch fail
            // before its COMMIT, the rollback that follows ends it.
            var statement = Transaction as StatementTransaction;
            if (statement != null) deferred.Add(StatementTransaction.CommitStatement, new Dictionary<string, object?>());
            await deferred.ExecuteAsync(this, ct);
            // The current transaction, not the one captured: a batch that was the session's first command may have been sent
            // again on a new connection, in the transaction begun there.
            if (statement != null) ((StatementTransaction)Transaction!).Committed();
            committed = statement != null;
        }
        _unitOfWork = false;
        if (Transaction != null)
        {
            // A failed commit leaves the transaction to the rollback that follows it.
            if (!committed) await Transaction.CommitAsync(ct);
            await EndTransactionAsync();
            QaMetrics.UnitOfWorkEnded(committed: true);
        }
        var actions = _afterCommit.ToList();
        _afterCommit.Clear();
        foreach (var a in actions) await a();
    }

    public async Task RollbackAsync(CancellationToken ct = default)
    {
        _unitOfWork = false;
        _beforeCommit.Clear();
        _afterCommit.Clear();
        _deferred = null;
        if (Transaction == null) return;
        QaMetrics.UnitOfWorkEnded(committed: false);
        try
        {
            await Transaction.RollbackAsync(ct);
            await EndTransactionAsync();
        }
        catch
        {
            // The connection died under the work or its commit (a cluster node lost) and took the transaction with it: the
            // server has rolled it back. The work's own error is the one the caller rethrows; this one would hide it (a 500
            // instead of a 503, a job not run again), so the connection is given up and the next command gets a new one.
            await DropConnectionAsync();
        }
    }

    /// <summary>Gives up a lost connection and its transaction; the pool drops the connections opened with it.</summary>
    private async Task DropConnectionAsync()
    {
        factory.ClearPool();
        var (connection, transaction) = (_connection, Transaction);
        (_connection, Transaction, _used) = (null, null, false);
        if (connection == null) return;
        // Closed first, so ending the transaction sends no ROLLBACK down the dead connection (SQLite's frees its write lock).
        await connection.CloseAsync();
        try
        {
            if (transaction != null) await factory.EndTransactionAsync(transaction);
        }
        finally
        {
            await factory.ReleaseAsync(connection);
        }
    }

    private async Task EndTransactionAsync()
    {
        var transaction = Transaction!;
        Transaction = null;
        await factory.EndTransactionAsync(transaction);
    }

    public void OnCommitting(Func<Task> action) => _beforeCommit.Add(action);

    public void OnCommitted(Func<Task> action) => _afterCommit.Add(action);

    public void Defer(string sql, IReadOnlyDictionary<string, object?> args)
    {
        if (!_unitOfWork) throw new InvalidOperationException("Writes need an active unit of work (IDbSession.BeginAsync).");
        (_deferred ??= new SqlBatch()).Add(sql, args);
    }

    public async ValueTask DisposeAsync()
    {
        if (Transaction != null) await RollbackAsync(); // gives up the connection should the rollback fail
        if (_connection != null) await factory.ReleaseAsync(_connection);
    }
}
