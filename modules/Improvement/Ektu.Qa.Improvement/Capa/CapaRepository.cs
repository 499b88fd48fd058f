using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.Improvement.Capa;

/// <summary>CAPA items (<c>imp_capa_items</c>).</summary>
internal sealed class CapaRepository(IDbSession db)
{
    private const string Columns = """
        id, unit_id AS UnitId, source, source_id AS SourceId, problem, root_cause AS RootCause, corrective_action AS CorrectiveAction,
        preventive_action AS PreventiveAction, owner_user_id AS OwnerUserId, deadline, check_after_days AS CheckAfterDays,
        state AS StoredState, implemented_on AS ImplementedOn, check_due_on AS CheckDueOn, effectiveness_note AS EffectivenessNote,
        closed_on AS ClosedOn, reopen_count AS ReopenCount, version, created_at AS CreatedAt, created_by AS CreatedBy
        """;

    public Task<CapaItemDto?> FindAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<CapaItemDto>($"SELECT {Columns} FROM imp_capa_items WHERE id = @id", new { id }, ct);

    /// <summary>Items of the given units (all units when <paramref name="all"/>), or owned by <paramref name="ownerId"/>.</summary>
    public Task<IReadOnlyList<CapaItemDto>> GetAsync(bool all, IEnumerable<Guid> unitIds, Guid ownerId, CancellationToken ct) =>
        db.QueryAsync<CapaItemDto>($"""
            SELECT {Columns} FROM imp_capa_items
            WHERE {(all ? "1 = 1" : "unit_id IN @units OR owner_user_id = @ownerId")} ORDER BY deadline, created_at
            """, new { units = SqlIds.Text(unitIds), ownerId }, ct);

    public Task<IReadOnlyList<CapaItemDto>> GetBySourceAsync(string source, Guid sourceId, CancellationToken ct) =>
        db.QueryAsync<CapaItemDto>(
            $"SELECT {Columns} FROM imp_capa_items WHERE source_id = @sourceId AND source = @source ORDER BY created_at",
            new { source, sourceId }, ct);

    /// <summary>The first item raised from a record; <paramref name="lockRows"/> reads it current and locked.</summary>
    public Task<CapaItemDto?> FindFirstBySourceAsync(string source, Guid sourceId, bool lockRows, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<CapaItemDto>($"""
            SELECT {Columns} FROM imp_capa_items WHERE source_id = @sourceId AND source = @source ORDER BY created_at, id LIMIT 1
            {(lockRows ? db.Dialect.LockRows : "")}
            """, new { source, sourceId }, ct);

    public Task InsertAsync(CapaItemDto c, DateTime at, string by, CancellationToken ct) =>
        db.ExecuteAsync($"INSERT INTO imp_capa_items ({InsertColumns}) VALUES ({InsertValues})", InsertArgs(c, null, at, by), ct);

    /// <summary>
    /// Inserts the one item of its source record, unless the record already has one (the sole-source key): false then.
    /// </summary>
    public async Task<bool> InsertSoleAsync(CapaItemDto c, DateTime at, string by, CancellationToken ct) =>
        await db.ExecuteAsync(db.Dialect.InsertIgnore("imp_capa_items", InsertColumns, InsertValues), InsertArgs(c, c.SourceId, at, by), ct)
        > 0;

    private const string InsertColumns = """
        id, unit_id, source, source_id, sole_source_id, problem, root_cause, corrective_action, preventive_action,
          owner_user_id, deadline, check_after_days, state, implemented_on, check_due_on, effectiveness_note, closed_on, reopen_count,
          version, created_at, created_by, updated_at, updated_by
        """;

    private const string InsertValues = """
        @Id, @UnitId, @Source, @SourceId, @soleSourceId, @Problem, @RootCause, @CorrectiveAction, @PreventiveAction,
          @OwnerUserId, @Deadline, @CheckAfterDays, 'Open', NULL, NULL, NULL, NULL, 0,
          1, @at, @by, @at, @by
        """;

    private static object InsertArgs(CapaItemDto c, Guid? soleSourceId, DateTime at, string by) => new
    {
        c.Id, c.UnitId, c.Source, c.SourceId, soleSourceId, c.Problem, c.RootCause, c.CorrectiveAction, c.PreventiveAction, c.OwnerUserId,
        c.Deadline, c.CheckAfterDays, at, by,
    };

    public async Task UpdateTextsAsync(
        Guid id, int version, SaveCapaItemInput i, DateOnly deadline, int checkAfterDays, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE imp_capa_items SET problem = @Problem, root_cause = @RootCause, corrective_action = @CorrectiveAction,
              preventive_action = @PreventiveAction, owner_user_id = @OwnerUserId, deadline = @deadline, check_after_days = @checkAfterDays,
              version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @version
            """, new
        {
            id, version, i.Problem, i.RootCause, i.CorrectiveAction, i.PreventiveAction, i.OwnerUserId, deadline, checkAfterDays, at, by,
        }, ct);
        Concurrency.EnsureUpdated(rows, "CapaItem", id);
    }

    public async Task UpdateStateAsync(Guid id, int version, CapaStateChange c, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE imp_capa_items SET state = @state, implemented_on = @ImplementedOn, check_due_on = @CheckDueOn,
              effectiveness_note = @Note, closed_on = @ClosedOn, reopen_count = @ReopenCount,
              version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @version
            """, new
        {
            id, version, state = c.State.ToString(), c.ImplementedOn, c.CheckDueOn, c.Note, c.ClosedOn, c.ReopenCount, at, by,
        }, ct);
        Concurrency.EnsureUpdated(rows, "CapaItem", id);
    }
}
