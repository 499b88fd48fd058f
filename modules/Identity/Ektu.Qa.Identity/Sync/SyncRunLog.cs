using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.Identity.Sync;

/// <summary>
/// Records each run (push batch, import, first sign-in) with its counts, and the items that changed or failed; unchanged
/// items are only counted, so a repeated 20,000-person import stores one row.
/// </summary>
internal sealed class SyncRunLog(IDbSession db)
{
    private const string Columns =
        "id, kind, entity, source, started_at AS StartedAt, finished_at AS FinishedAt, started_by AS StartedBy, created, updated, deactivated, " +
        "unchanged, failed, result_file AS ResultFile";

    public async Task<Guid> RecordAsync(SyncRunKind kind, string entity, string? source, DateTime startedAt, DateTime finishedAt, string by,
        IReadOnlyList<SyncItemResult> items, CancellationToken ct, string? resultFile = null)
    {
        var id = Guid.NewGuid();
        var s = SyncSummary.Of(items);
        await db.ExecuteAsync("""
            INSERT INTO id_sync_runs (id, kind, entity, source, started_at, finished_at, started_by, created, updated, deactivated, unchanged, failed,
              result_file)
            VALUES (@id, @kind, @entity, @source, @startedAt, @finishedAt, @by, @Created, @Updated, @Deactivated, @Unchanged, @Failed, @resultFile)
            """, new { id, kind = kind.ToString(), entity, source, startedAt, finishedAt, by, s.Created, s.Updated, s.Deactivated, s.Unchanged,
                s.Failed, resultFile }, ct);
        var rows = new RowInserts("id_sync_run_items", "run_id", "item_index", "external_id", "outcome", "field", "message_code");
        foreach (var item in items.Where(i => i.Outcome != SyncOutcome.Unchanged))
            rows.Add(id, item.Index, item.ExternalId, item.Outcome.ToString(), item.Field, item.Message);
        await rows.FlushAsync(db, ct);
        return id;
    }

    public async Task<(IReadOnlyList<SyncRunDto> Items, int Total)> GetPageAsync(int size, int offset, CancellationToken ct)
    {
        var total = await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM id_sync_runs", ct: ct);
        var rows = await db.QueryAsync<Row>($"SELECT {Columns} FROM id_sync_runs ORDER BY started_at DESC, id LIMIT @size OFFSET @offset",
            new { size, offset }, ct);
        return (rows.Select(r => r.ToDto()).ToList(), (int)total);
    }

    public async Task<SyncRunDto?> FindAsync(Guid id, CancellationToken ct) =>
        (await db.QuerySingleOrDefaultAsync<Row>($"SELECT {Columns} FROM id_sync_runs WHERE id = @id", new { id }, ct))?.ToDto();

    public Task<string?> FindResultFileAsync(Guid id, CancellationToken ct) =>
        db.ExecuteScalarAsync<string>("SELECT result_file FROM id_sync_runs WHERE id = @id", new { id }, ct);

    /// <summary>The stored items; <c>Message</c> holds the localization key of the reason.</summary>
    public async Task<IReadOnlyList<SyncRunItemDto>> GetItemsAsync(Guid id, CancellationToken ct) =>
        (await db.QueryAsync<(int Index, string? ExternalId, string Outcome, string? Field, string? Code)>("""
            SELECT item_index, external_id, outcome, field, message_code FROM id_sync_run_items WHERE run_id = @id ORDER BY item_index
            """, new { id }, ct))
        .Select(r => new SyncRunItemDto(r.Index, r.ExternalId, Enum.Parse<SyncOutcome>(r.Outcome), r.Field, r.Code)).ToList();

    private sealed class Row
    {
        public Guid Id { get; set; }
        public SyncRunKind Kind { get; set; }
        public string Entity { get; set; } = "";
        public string? Source { get; set; }
        public DateTime StartedAt { get; set; }
        public DateTime FinishedAt { get; set; }
        public string StartedBy { get; set; } = "";
        public int Created { get; set; }
        public int Updated { get; set; }
        public int Deactivated { get; set; }
        public int Unchanged { get; set; }
        public int Failed { get; set; }
        public string? ResultFile { get; set; }

        public SyncRunDto ToDto() =>
            new(Id, Kind, Entity, Source, StartedAt, FinishedAt, StartedBy, Created, Updated, Deactivated, Unchanged, Failed, ResultFile != null);
    }
}
