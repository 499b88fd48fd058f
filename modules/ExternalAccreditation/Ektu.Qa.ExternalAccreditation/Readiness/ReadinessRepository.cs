using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.ExternalAccreditation.Readiness;

/// <summary>Experts' recommendations (<c>ea_recommendations</c>) and the evidence library (<c>ea_evidence_documents</c>).</summary>
internal sealed class ReadinessRepository(IDbSession db)
{
    private const string RecommendationColumns = """
        id, unit_id AS UnitId, expert_kind AS ExpertKind, expert_body AS ExpertBody, programme, body AS Text,
            received_on AS ReceivedOn, responsible, deadline,
        status, execution_note AS ExecutionNote, version
        """;

    private const string EvidenceColumns = """
        id, unit_id AS UnitId, title, esg_standard AS EsgStandard, programme, period, document_date AS DocumentDate, location, version
        """;

    public Task<RecommendationDto?> FindRecommendationAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<RecommendationDto>($"SELECT {RecommendationColumns} FROM ea_recommendations WHERE id = @id", new { id }, ct);

    public Task<IReadOnlyList<RecommendationDto>> GetRecommendationsAsync(bool all, IEnumerable<Guid> unitIds, CancellationToken ct) =>
        db.QueryAsync<RecommendationDto>(
        $"SELECT {RecommendationColumns} FROM ea_recommendations WHERE {(all ? "1 = 1" : "unit_id IN @units")} " +
            $"ORDER BY received_on DESC, expert_body",
        new { units = SqlIds.Text(unitIds) }, ct);

    public Task InsertRecommendationAsync(RecommendationDto r, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO ea_recommendations (id, unit_id, expert_kind, expert_body, programme, body, received_on, responsible,
            deadline, status, execution_note,
          version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @UnitId, @kind, @ExpertBody, @Programme, @Text, @ReceivedOn, @Responsible, @Deadline, 'NotStarted', NULL, 1, @at, @by, @at, @by)
        """, new { r.Id, r.UnitId, kind = r.ExpertKind.ToString(), r.ExpertBody, r.Programme, r.Text, r.ReceivedOn,
            r.Responsible, r.Deadline, at, by }, ct);

    public async Task SetStatusAsync(Guid id, int version, RecommendationStatus status, string? note, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE ea_recommendations SET status = @status, execution_note = @note, version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @version
            """, new { id, version, status = status.ToString(), note, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "Recommendation", id);
    }

    public Task<EvidenceDocumentDto?> FindEvidenceAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<EvidenceDocumentDto>($"SELECT {EvidenceColumns} FROM ea_evidence_documents WHERE id = @id", new { id }, ct);

    public Task<IReadOnlyList<EvidenceDocumentDto>> GetEvidenceAsync(bool all, IEnumerable<Guid> unitIds, int? standard,
        string? programme, CancellationToken ct) =>
        db.QueryAsync<EvidenceDocumentDto>($"""
            SELECT {EvidenceColumns} FROM ea_evidence_documents
            WHERE {(all ? "1 = 1" : "unit_id IN @units")} AND (@standard IS NULL OR esg_standard = @standard)
                AND (@programme IS NULL OR programme = @programme)
            ORDER BY esg_standard, title
            """, new { units = SqlIds.Text(unitIds), standard, programme }, ct);

    /// <summary>Recommendations in scope per status, with those past their deadline and not executed.</summary>
    public Task<IReadOnlyList<(RecommendationStatus Status, long Total, long Overdue)>> CountRecommendationsAsync(bool all,
        IEnumerable<Guid> unitIds, DateOnly today, CancellationToken ct) =>
        db.QueryAsync<(RecommendationStatus, long, long)>($"""
            SELECT status, COUNT(*), COUNT(CASE WHEN deadline < @today AND status <> 'Executed' THEN 1 END) FROM ea_recommendations
            WHERE {(all ? "1 = 1" : "unit_id IN @units")} GROUP BY status
            """, new { units = SqlIds.Text(unitIds), today }, ct);

    /// <summary>Evidence documents in scope per ESG standard, with those dated before <paramref name="freshFrom"/>.</summary>
    public Task<IReadOnlyList<(int EsgStandard, long Total, long Stale)>> CountEvidenceAsync(bool all, IEnumerable<Guid> unitIds,
        DateOnly freshFrom, CancellationToken ct) =>
        db.QueryAsync<(int, long, long)>($"""
            SELECT esg_standard, COUNT(*), COUNT(CASE WHEN document_date < @freshFrom THEN 1 END) FROM ea_evidence_documents
            WHERE {(all ? "1 = 1" : "unit_id IN @units")} GROUP BY esg_standard
            """, new { units = SqlIds.Text(unitIds), freshFrom }, ct);

    public Task InsertEvidenceAsync(EvidenceDocumentDto e, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO ea_evidence_documents (id, unit_id, title, esg_standard, programme, period, document_date, location, version, created_at,
            created_by, updated_at, updated_by)
        VALUES (@Id, @UnitId, @Title, @EsgStandard, @Programme, @Period, @DocumentDate, @Location, 1, @at, @by, @at, @by)
        """, new { e.Id, e.UnitId, e.Title, e.EsgStandard, e.Programme, e.Period, e.DocumentDate, e.Location, at, by }, ct);

    public async Task UpdateEvidenceAsync(Guid id, int version, EvidenceDocumentDto e, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE ea_evidence_documents SET title = @Title, esg_standard = @EsgStandard, programme = @Programme, period = @Period,
                document_date = @DocumentDate,
              location = @Location, version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @version
            """, new { id, version, e.Title, e.EsgStandard, e.Programme, e.Period, e.DocumentDate, e.Location, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "EvidenceDocument", id);
    }
}
