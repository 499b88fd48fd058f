using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.ProgrammeMonitoring.Procedures;

/// <summary>Improvement procedures (<c>pm_procedures</c>) and their runs (<c>pm_procedure_runs</c>, one per procedure and due day).</summary>
internal sealed class ProcedureRepository(IDbSession db)
{
    private const string RunColumns = """
        r.id, r.procedure_id AS ProcedureId, p.number, p.unit_id AS UnitId, p.owner_name AS OwnerName, p.owner_name_ru AS OwnerNameRu,
        p.owner_name_en AS OwnerNameEn, r.due_on AS DueOn, r.state,
        r.done_on AS DoneOn, r.findings, r.evidence_name AS EvidenceName, r.version
        """;

    public Task<IReadOnlyList<ProcedureDto>> ProceduresAsync(bool all, IEnumerable<Guid> units, CancellationToken ct) =>
        db.QueryAsync<ProcedureDto>($"""
            SELECT id, number, unit_id AS UnitId, owner_name AS OwnerName, owner_name_ru AS OwnerNameRu, owner_name_en AS OwnerNameEn, cycle,
              next_due_on AS NextDueOn, version FROM pm_procedures
            WHERE {(all ? "1 = 1" : "unit_id IN @units")} ORDER BY number, owner_name
            """, new { units = SqlIds.Text(units) }, ct);

    public Task InsertProcedureAsync(Guid id, SaveProcedureInput i, DateOnly firstDue, DateTime at, string by, CancellationToken ct) =>
        db.ExecuteAsync("""
            INSERT INTO pm_procedures (id, number, unit_id, owner_name, owner_name_ru, owner_name_en, cycle, next_due_on, version, created_at,
              created_by, updated_at, updated_by)
            VALUES (@id, @Number, @UnitId, @OwnerName, @OwnerNameRu, @OwnerNameEn, @cycle, @firstDue, 1, @at, @by, @at, @by)
            """, new { id, i.Number, i.UnitId, OwnerName = i.OwnerName.Trim(),
                // A form's field left empty binds as null (Razor Pages turn "" into null): '' is the name "as the Kazakh".
                OwnerNameRu = i.OwnerNameRu?.Trim() ?? "", OwnerNameEn = i.OwnerNameEn?.Trim() ?? "",
                cycle = i.Cycle.ToString(), firstDue, at, by }, ct);

    /// <summary>Procedures whose next due day is on or before <paramref name="horizon"/>: the job plans their runs.</summary>
    public Task<IReadOnlyList<ProcedureDto>> DueAsync(DateOnly horizon, CancellationToken ct) => db.QueryAsync<ProcedureDto>("""
        SELECT id, number, unit_id AS UnitId, owner_name AS OwnerName, cycle, next_due_on AS NextDueOn, version FROM pm_procedures
        WHERE next_due_on <= @horizon
        """, new { horizon }, ct);

    public Task AdvanceAsync(Guid id, DateOnly next, DateTime at, CancellationToken ct) => db.ExecuteAsync("""
        UPDATE pm_procedures SET next_due_on = @next, version = version + 1, updated_at = @at, updated_by = 'system' WHERE id = @id
        """, new { id, next, at }, ct);

    public async Task<bool> RunExistsAsync(Guid procedureId, DateOnly dueOn, CancellationToken ct) =>
        await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM pm_procedure_runs WHERE procedure_id = @procedureId AND due_on = @dueOn",
            new { procedureId, dueOn }, ct) > 0;

    public Task InsertRunAsync(Guid id, Guid procedureId, DateOnly dueOn, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO pm_procedure_runs (id, procedure_id, due_on, state, version, created_at, created_by, updated_at, updated_by)
        VALUES (@id, @procedureId, @dueOn, 'Planned', 1, @at, @by, @at, @by)
        """, new { id, procedureId, dueOn, at, by }, ct);

    public Task<IReadOnlyList<ProcedureRunDto>> RunsAsync(bool all, IEnumerable<Guid> units, DateOnly? from, DateOnly? to, DateOnly? overdueAt,
        CancellationToken ct)
    {
        var where = new List<string> { all ? "1 = 1" : "p.unit_id IN @units" };
        if (from != null) where.Add("r.due_on >= @from");
        if (to != null) where.Add("r.due_on <= @to");
        if (overdueAt != null) where.Add("r.state = 'Planned' AND r.due_on < @overdueAt");
        return db.QueryAsync<ProcedureRunDto>($"""
            SELECT {RunColumns} FROM pm_procedure_runs r JOIN pm_procedures p ON p.id = r.procedure_id
            WHERE {string.Join(" AND ", where)} ORDER BY r.due_on, p.number
            """, new { units = SqlIds.Text(units), from, to, overdueAt }, ct);
    }

    public Task<ProcedureRunDto?> FindRunAsync(Guid id, CancellationToken ct) => db.QuerySingleOrDefaultAsync<ProcedureRunDto>(
        $"SELECT {RunColumns} FROM pm_procedure_runs r JOIN pm_procedures p ON p.id = r.procedure_id WHERE r.id = @id", new { id }, ct);

    public Task<EvidenceRow?> EvidenceAsync(Guid id, CancellationToken ct) => db.QuerySingleOrDefaultAsync<EvidenceRow>(
        "SELECT evidence_name AS Name, evidence_path AS Path, evidence_kind AS Kind FROM pm_procedure_runs WHERE id = @id", new { id }, ct);

    public async Task RecordRunAsync(Guid id, string findings, DateOnly doneOn, (string Name, string Path, string Kind)? evidence, int version,
        DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync($"""
            UPDATE pm_procedure_runs SET state = 'Done', done_on = @doneOn, findings = @findings,
              {(evidence == null ? "" : "evidence_name = @name, evidence_path = @path, evidence_kind = @kind,")}
              version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @version
            """, new { id, findings, doneOn, name = evidence?.Name, path = evidence?.Path, kind = evidence?.Kind, version, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "ProcedureRun", id);
    }

    public async Task<bool> RunRecordExistsAsync(Guid id, CancellationToken ct) =>
        await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM pm_procedure_runs WHERE id = @id", new { id }, ct) > 0;

    internal sealed class EvidenceRow
    {
        public string? Name { get; init; }
        public string? Path { get; init; }
        public string? Kind { get; init; }
    }
}
