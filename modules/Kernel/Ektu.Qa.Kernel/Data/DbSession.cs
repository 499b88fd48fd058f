using System.Data.Common;

namespace Ektu.Qa.Kernel.Data;

internal sealed class DbSession(IDbConnectionFactory factory) : IDbSession
{
    private DbConnection? _connection;
    private bool _unitOfWork;
    private readonly List<Func<Task>> _beforeCommit = [];
    private readonly List<Func<Task>> _afterCommit = [];

    public ISqlDialect Dialect => factory.Dialect;

    public DbTransaction? Transaction { get; private set; }

    public string CorrelationId { get; set; } = Guid.NewGuid().ToString("N");

    public async Task<DbConnection> GetConnectionAsync(CancellationToken ct = default)
    {
        _connection ??= await factory.OpenAsync(ct);
        if (_unitOfWork && Transaction == null)
            Transaction = await _connection.BeginTransactionAsync(ct);
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
        _unitOfWork = false;
        if (Transaction != null)
        {
            await Transaction.CommitAsync(ct);
            await Transaction.DisposeAsync();
            Transaction = null;
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
        if (Transaction != null)
        {
            await Transaction.RollbackAsync(ct);
            await Transaction.DisposeAsync();
            Transaction = null;
        }
    }

    public void OnCommitting(Func<Task> action) => _beforeCommit.Add(action);

    public void OnCommitted(Func<Task> action) => _afterCommit.Add(action);

    public async ValueTask DisposeAsync()
    {
        if (_connection == null) return;
        try
        {
            if (Transaction != null) await RollbackAsync();
        }
        catch
        {
            // A connection whose rollback failed is not handed to the next unit of work.
            await _connection.DisposeAsync();
            throw;
        }
        await factory.ReleaseAsync(_connection);
    }
}
