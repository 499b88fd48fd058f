using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.InformationManagement.Collegial;

/// <summary>Collegial analyses (<c>im_collegial_analyses</c>) and the items of their plans (<c>im_collegial_actions</c>).</summary>
internal sealed class CollegialRepository(IDbSession db)
{
    private const string Columns = """
        id, unit_id AS UnitId, body, held_on AS HeldOn, subject, decisions, plan_kind AS PlanKind, version
        """;

    private const string ActionColumns = """
        id, analysis_id AS AnalysisId, action, responsible, deadline, capa_item_id AS CapaItemId, version
        """;

    public Task<CollegialAnalysisDto?> FindAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<CollegialAnalysisDto>($"SELECT {Columns} FROM im_collegial_analyses WHERE id = @id", new { id }, ct);

    public Task<IReadOnlyList<CollegialAnalysisDto>> ListAsync(bool all, IEnumerable<Guid> units, CancellationToken ct) =>
        db.QueryAsync<CollegialAnalysisDto>(
            $"SELECT {Columns} FROM im_collegial_analyses WHERE {(all ? "1 = 1" : "unit_id IN @units")} ORDER BY held_on DESC, id",
            new { units = SqlIds.Text(units) }, ct);

    public Task InsertAsync(Guid id, SaveCollegialAnalysisInput a, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO im_collegial_analyses (id, unit_id, body, held_on, subject, decisions, plan_kind, version, created_at, created_by,
          updated_at, updated_by)
        VALUES (@id, @UnitId, @body, @HeldOn, @Subject, @Decisions, @plan, 1, @at, @by, @at, @by)
        """, new { id, a.UnitId, body = a.Body.ToString(), a.HeldOn, a.Subject, a.Decisions, plan = a.PlanKind.ToString(), at, by }, ct);

    public async Task UpdateAsync(Guid id, SaveCollegialAnalysisInput a, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE im_collegial_analyses SET body = @body, held_on = @HeldOn, subject = @Subject, decisions = @Decisions, plan_kind = @plan,
              version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @Version
            """, new { id, body = a.Body.ToString(), a.HeldOn, a.Subject, a.Decisions, plan = a.PlanKind.ToString(), a.Version, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "CollegialAnalysis", id);
    }

    public Task<IReadOnlyList<CollegialActionDto>> ActionsAsync(IEnumerable<Guid> analysisIds, CancellationToken ct) =>
        db.QueryAsync<CollegialActionDto>(
            $"SELECT {ActionColumns} FROM im_collegial_actions WHERE analysis_id IN @ids ORDER BY created_at, id",
            new { ids = SqlIds.Text(analysisIds) }, ct);

    public Task<CollegialActionDto?> FindActionAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<CollegialActionDto>($"SELECT {ActionColumns} FROM im_collegial_actions WHERE id = @id", new { id }, ct);

    public Task<long> CountActionAsync(Guid id, CancellationToken ct) =>
        db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM im_collegial_actions WHERE id = @id", new { id }, ct);

    public Task InsertActionAsync(Guid id, Guid analysisId, SaveCollegialActionInput a, DateTime at, string by, CancellationToken ct) =>
        db.ExecuteAsync("""
            INSERT INTO im_collegial_actions (id, analysis_id, action, responsible, deadline, capa_item_id, version, created_at, created_by,
              updated_at, updated_by)
            VALUES (@id, @analysisId, @Action, @Responsible, @Deadline, NULL, 1, @at, @by, @at, @by)
            """, new { id, analysisId, a.Action, a.Responsible, a.Deadline, at, by }, ct);

    /// <summary>Links the CAPA item; only an item not linked yet, so two concurrent raises cannot both link.</summary>
    public async Task LinkCapaAsync(Guid id, int version, Guid capaItemId, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE im_collegial_actions SET capa_item_id = @capaItemId, version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @version AND capa_item_id IS NULL
            """, new { id, version, capaItemId, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "CollegialAction", id);
    }
}
