using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.InformationManagement.Audits;

/// <summary>Audits of the plan (<c>im_audits</c>), their teams, checklist questions and findings.</summary>
internal sealed class AuditRepository(IDbSession db)
{
    private const string Columns = """
        id, plan_year AS PlanYear, kind, title, criteria, unit_id AS UnitId, starts_on AS StartsOn, ends_on AS EndsOn,
        lead_auditor_id AS LeadAuditorId, state, version
        """;

    private const string QuestionColumns = "id, audit_id AS AuditId, seq, question, answer, evidence, version";

    private const string FindingColumns = "id, audit_id AS AuditId, seq, class, text, requirement, capa_item_id AS CapaItemId, version";

    public Task<InternalAuditDto?> FindAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<InternalAuditDto>($"SELECT {Columns} FROM im_audits WHERE id = @id", new { id }, ct);

    public Task<IReadOnlyList<InternalAuditDto>> ListAsync(int? year, bool all, IEnumerable<Guid> units, CancellationToken ct) =>
        db.QueryAsync<InternalAuditDto>($"""
            SELECT {Columns} FROM im_audits
            WHERE (@year IS NULL OR plan_year = @year) AND {(all ? "1 = 1" : "unit_id IN @units")}
            ORDER BY plan_year, starts_on, title, id
            """, new { year, units = SqlIds.Text(units) }, ct);

    public async Task<ILookup<Guid, Guid>> TeamsAsync(IEnumerable<Guid> auditIds, CancellationToken ct)
    {
        var rows = await db.QueryAsync<TeamRow>(
            "SELECT audit_id AS AuditId, user_id AS UserId FROM im_audit_team WHERE audit_id IN @ids ORDER BY user_id",
            new { ids = SqlIds.Text(auditIds) }, ct);
        return rows.ToLookup(r => r.AuditId, r => r.UserId);
    }

    public async Task InsertAsync(Guid id, SaveAuditInput a, DateTime at, string by, CancellationToken ct)
    {
        await db.ExecuteAsync("""
            INSERT INTO im_audits (id, plan_year, kind, title, criteria, unit_id, starts_on, ends_on, lead_auditor_id, state, version,
              created_at, created_by, updated_at, updated_by)
            VALUES (@id, @PlanYear, @kind, @Title, @Criteria, @UnitId, @StartsOn, @EndsOn, @LeadAuditorId, @state, 1, @at, @by, @at, @by)
            """, new
        {
            id, a.PlanYear, kind = a.Kind.ToString(), a.Title, a.Criteria, a.UnitId, a.StartsOn, a.EndsOn, a.LeadAuditorId,
            state = nameof(AuditState.Planned), at, by,
        }, ct);
        await SaveTeamAsync(id, a.TeamIds, ct);
    }

    public async Task UpdateAsync(Guid id, SaveAuditInput a, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE im_audits SET plan_year = @PlanYear, kind = @kind, title = @Title, criteria = @Criteria, starts_on = @StartsOn,
              ends_on = @EndsOn, lead_auditor_id = @LeadAuditorId, version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @Version
            """, new
        {
            id, a.PlanYear, kind = a.Kind.ToString(), a.Title, a.Criteria, a.StartsOn, a.EndsOn, a.LeadAuditorId, a.Version, at, by,
        }, ct);
        Concurrency.EnsureUpdated(rows, "InternalAudit", id);
        await db.ExecuteAsync("DELETE FROM im_audit_team WHERE audit_id = @id", new { id }, ct);
        await SaveTeamAsync(id, a.TeamIds, ct);
    }

    public async Task MoveAsync(Guid id, AuditState from, AuditState to, int version, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE im_audits SET state = @to, version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @version AND state = @from
            """, new { id, from = from.ToString(), to = to.ToString(), version, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "InternalAudit", id);
    }

    public Task<IReadOnlyList<ChecklistItemDto>> QuestionsAsync(Guid auditId, CancellationToken ct) =>
        db.QueryAsync<ChecklistItemDto>($"SELECT {QuestionColumns} FROM im_audit_questions WHERE audit_id = @auditId ORDER BY seq, id",
            new { auditId }, ct);

    public Task<ChecklistItemDto?> FindQuestionAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<ChecklistItemDto>($"SELECT {QuestionColumns} FROM im_audit_questions WHERE id = @id", new { id }, ct);

    public async Task InsertQuestionAsync(Guid id, Guid auditId, SaveChecklistItemInput q, DateTime at, string by, CancellationToken ct)
    {
        var seq = await db.ExecuteScalarAsync<long>("SELECT COALESCE(MAX(seq), 0) + 1 FROM im_audit_questions WHERE audit_id = @auditId",
            new { auditId }, ct);
        await db.ExecuteAsync("""
            INSERT INTO im_audit_questions (id, audit_id, seq, question, answer, evidence, version, created_at, created_by, updated_at,
              updated_by)
            VALUES (@id, @auditId, @seq, @Question, @Answer, @Evidence, 1, @at, @by, @at, @by)
            """, new { id, auditId, seq = (int)seq, q.Question, q.Answer, q.Evidence, at, by }, ct);
    }

    public async Task AnswerAsync(Guid id, SaveChecklistItemInput q, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE im_audit_questions SET answer = @Answer, evidence = @Evidence, version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @Version
            """, new { id, q.Answer, q.Evidence, q.Version, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "AuditChecklistItem", id);
    }

    public Task<IReadOnlyList<AuditFindingDto>> FindingsAsync(IEnumerable<Guid> auditIds, CancellationToken ct) =>
        db.QueryAsync<AuditFindingDto>(
            $"SELECT {FindingColumns} FROM im_audit_findings WHERE audit_id IN @ids ORDER BY audit_id, seq, id",
            new { ids = SqlIds.Text(auditIds) }, ct);

    public Task<AuditFindingDto?> FindFindingAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<AuditFindingDto>($"SELECT {FindingColumns} FROM im_audit_findings WHERE id = @id", new { id }, ct);

    public async Task InsertFindingAsync(Guid id, Guid auditId, SaveFindingInput f, DateTime at, string by, CancellationToken ct)
    {
        var seq = await db.ExecuteScalarAsync<long>("SELECT COALESCE(MAX(seq), 0) + 1 FROM im_audit_findings WHERE audit_id = @auditId",
            new { auditId }, ct);
        await db.ExecuteAsync("""
            INSERT INTO im_audit_findings (id, audit_id, seq, class, text, requirement, capa_item_id, version, created_at, created_by,
              updated_at, updated_by)
            VALUES (@id, @auditId, @seq, @cls, @Text, @Requirement, NULL, 1, @at, @by, @at, @by)
            """, new { id, auditId, seq = (int)seq, cls = f.Class.ToString(), f.Text, f.Requirement, at, by }, ct);
    }

    /// <summary>Links the finding to its CAPA item once: a finding already linked is left as it is (false).</summary>
    public async Task<bool> LinkCapaAsync(Guid id, Guid capaItemId, DateTime at, string by, CancellationToken ct) =>
        await db.ExecuteAsync("""
            UPDATE im_audit_findings SET capa_item_id = @capaItemId, version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @id AND capa_item_id IS NULL
            """, new { id, capaItemId, at, by }, ct) == 1;

    public async Task<bool> FindingExistsAsync(Guid id, CancellationToken ct) =>
        await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM im_audit_findings WHERE id = @id", new { id }, ct) > 0;

    private async Task SaveTeamAsync(Guid id, IEnumerable<Guid> team, CancellationToken ct)
    {
        foreach (var userId in team.Distinct())
            await db.ExecuteAsync("INSERT INTO im_audit_team (audit_id, user_id) VALUES (@id, @userId)", new { id, userId }, ct);
    }

    private sealed class TeamRow
    {
        public Guid AuditId { get; init; }
        public Guid UserId { get; init; }
    }
}
