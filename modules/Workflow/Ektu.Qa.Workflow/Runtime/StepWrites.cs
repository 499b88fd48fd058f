using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.Workflow.Runtime;

/// <summary>
/// A workflow step's writes (task completed, instance state, new tasks, waits and history), sent to the database in one
/// command at the step's end; sent earlier when code is about to read them (a service handler, a four-eyes assignment).
/// </summary>
internal sealed class StepWrites(IDbSession db)
{
    public SqlBatch Batch { get; private set; } = new();

    public Task FlushAsync(CancellationToken ct)
    {
        var batch = Batch;
        Batch = new SqlBatch();
        return batch.ExecuteAsync(db, ct);
    }
}
