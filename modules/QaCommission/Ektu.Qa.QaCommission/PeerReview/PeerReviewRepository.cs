using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.QaCommission.PeerReview;

/// <summary>Criteria templates, observations and their scores (<c>qc_pr_*</c>).</summary>
internal sealed class PeerReviewRepository(IDbSession db)
{
    private const string TemplateColumns = "id, name, is_active AS IsActive, version";

    private const string ObservationColumns = """
        id, unit_id AS UnitId, template_id AS TemplateId, observer_user_id AS ObserverUserId, teacher_user_id AS TeacherUserId,
            course, planned_on AS PlannedOn,
        state, strengths, improvements, submitted_at AS SubmittedAt, acknowledged_at AS AcknowledgedAt, teacher_comment AS TeacherComment, version
        """;

    public Task<IReadOnlyList<ObservationTemplateDto>> GetTemplatesAsync(CancellationToken ct) =>
        db.QueryAsync<ObservationTemplateDto>($"SELECT {TemplateColumns} FROM qc_pr_templates ORDER BY name", ct: ct);

    public Task<ObservationTemplateDto?> FindTemplateAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<ObservationTemplateDto>($"SELECT {TemplateColumns} FROM qc_pr_templates WHERE id = @id", new { id }, ct);

    public Task<IReadOnlyList<ObservationCriterionDto>> GetCriteriaAsync(Guid templateId, CancellationToken ct) =>
        db.QueryAsync<ObservationCriterionDto>(
        "SELECT id, seq, title, max_score AS MaxScore FROM qc_pr_criteria WHERE template_id = @templateId ORDER BY seq", new { templateId }, ct);

    public Task InsertTemplateAsync(Guid id, string name, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO qc_pr_templates (id, name, is_active, version, created_at, created_by, updated_at, updated_by) VALUES (@id, @name,
            @active, 1, @at, @by, @at, @by)
        """, new { id, name, active = true, at, by }, ct);

    public Task InsertCriterionAsync(Guid templateId, int seq, string title, int maxScore, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO qc_pr_criteria (id, template_id, seq, title, max_score) VALUES (@id, @templateId, @seq, @title, @maxScore)
        """, new { id = Guid.NewGuid(), templateId, seq, title, maxScore }, ct);

    public async Task SetTemplateActiveAsync(Guid id, int version, bool active, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE qc_pr_templates SET is_active = @active, version = version + 1, updated_at = @at, updated_by = @by
                WHERE id = @id AND version = @version
            """, new { id, version, active, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "ObservationTemplate", id);
    }

    public Task<ObservationDto?> FindAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<ObservationDto>($"SELECT {ObservationColumns} FROM qc_pr_observations WHERE id = @id", new { id }, ct);

    public Task<IReadOnlyList<ObservationDto>> GetAsync(bool all, IEnumerable<Guid> unitIds, DateOnly? from, DateOnly? to, CancellationToken ct) =>
        db.QueryAsync<ObservationDto>($"""
        SELECT {ObservationColumns} FROM qc_pr_observations
        WHERE {(all ? "1 = 1" : "unit_id IN @units")} AND (@from IS NULL OR planned_on >= @from) AND (@to IS NULL OR planned_on <= @to)
        ORDER BY planned_on DESC, course
        """, new { units = SqlIds.Text(unitIds), from, to }, ct);

    public Task<IReadOnlyList<ObservationDto>> GetByUserAsync(Guid userId, CancellationToken ct) => db.QueryAsync<ObservationDto>(
        $"SELECT {ObservationColumns} FROM qc_pr_observations WHERE observer_user_id = @userId OR teacher_user_id = @userId ORDER BY planned_on DESC",
            new { userId }, ct);

    public Task InsertAsync(ObservationDto o, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO qc_pr_observations (id, unit_id, template_id, observer_user_id, teacher_user_id, course, planned_on,
            state, strengths, improvements,
          submitted_at, acknowledged_at, teacher_comment, version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @UnitId, @TemplateId, @ObserverUserId, @TeacherUserId, @Course, @PlannedOn, 'Planned', NULL, NULL, NULL,
            NULL, NULL, 1, @at, @by, @at, @by)
        """, new { o.Id, o.UnitId, o.TemplateId, o.ObserverUserId, o.TeacherUserId, o.Course, o.PlannedOn, at, by }, ct);

    public async Task SubmitAsync(Guid id, int version, string strengths, string improvements, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE qc_pr_observations SET state = 'Submitted', strengths = @strengths, improvements = @improvements, submitted_at = @at,
              version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @version AND state = 'Planned'
            """, new { id, version, strengths, improvements, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "Observation", id);
    }

    public async Task AcknowledgeAsync(Guid id, int version, string? comment, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE qc_pr_observations SET state = 'Acknowledged', teacher_comment = @comment, acknowledged_at = @at, version = version + 1,
                updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @version AND state = 'Submitted'
            """, new { id, version, comment, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "Observation", id);
    }

    /// <summary>The template's criteria with the observation's scores (empty before submission).</summary>
    public Task<IReadOnlyList<ObservationScoreDto>> GetScoresAsync(Guid observationId, Guid templateId, CancellationToken ct) =>
        db.QueryAsync<ObservationScoreDto>("""
        SELECT c.id AS CriterionId, c.seq, c.title, c.max_score AS MaxScore, s.score, s.comment
        FROM qc_pr_criteria c LEFT JOIN qc_pr_scores s ON s.criterion_id = c.id AND s.observation_id = @observationId
        WHERE c.template_id = @templateId ORDER BY c.seq
        """, new { observationId, templateId }, ct);

    public Task InsertScoreAsync(Guid observationId, Guid criterionId, int score, string? comment, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO qc_pr_scores (id, observation_id, criterion_id, score, comment) VALUES (@id, @observationId, @criterionId, @score, @comment)
        """, new { id = Guid.NewGuid(), observationId, criterionId, score, comment }, ct);

    public Task<IReadOnlyList<ScoreRow>> GetScoreRowsAsync(IEnumerable<Guid> observationIds, CancellationToken ct) => db.QueryAsync<ScoreRow>("""
        SELECT s.observation_id AS ObservationId, s.criterion_id AS CriterionId, c.title, c.max_score AS MaxScore, s.score
        FROM qc_pr_scores s JOIN qc_pr_criteria c ON c.id = s.criterion_id
        WHERE s.observation_id IN @ids
        """, new { ids = SqlIds.Text(observationIds) }, ct);
}
