using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;

namespace Ektu.Qa.ExternalAccreditation.Assessments;

/// <summary>Assessment procedures (<c>ea_assessments</c>) and the documents of their steps (<c>ea_assessment_documents</c>).</summary>
internal sealed class AssessmentRepository(IDbSession db)
{
    private const string Columns = """
        id, unit_id AS UnitId, title, agency_id AS AgencyId, kind, accreditation_id AS AccreditationId, renewal_of_id AS RenewalOfId,
        instance_id AS InstanceId, state, decision, started_on AS StartedOn, closed_on AS ClosedOn, version
        """;

    private const string DocumentColumns = """
        id, assessment_id AS AssessmentId, step, file_name AS FileName, size_bytes AS SizeBytes, created_at AS CreatedAt, created_by AS CreatedBy
        """;

    public Task<AssessmentDto?> FindAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<AssessmentDto>($"SELECT {Columns} FROM ea_assessments WHERE id = @id", new { id }, ct);

    public Task<AssessmentDto?> FindByAccreditationAsync(Guid accreditationId, CancellationToken ct) => db.QuerySingleOrDefaultAsync<AssessmentDto>(
        $"SELECT {Columns} FROM ea_assessments WHERE accreditation_id = @accreditationId", new { accreditationId }, ct);

    public Task<IReadOnlyList<AssessmentDto>> ListAsync(bool all, IEnumerable<Guid> units, CancellationToken ct) => db.QueryAsync<AssessmentDto>(
        $"SELECT {Columns} FROM ea_assessments WHERE {(all ? "1 = 1" : "unit_id IN @units")} ORDER BY started_on DESC, id",
        new { units = SqlIds.Text(units) }, ct);

    public Task InsertAsync(AssessmentDto a, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO ea_assessments (id, unit_id, title, agency_id, kind, accreditation_id, renewal_of_id, instance_id, state, decision,
          started_on, closed_on, version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @UnitId, @Title, @AgencyId, @kind, @AccreditationId, @RenewalOfId, @InstanceId, @state, @decision, @StartedOn, NULL, 1,
          @at, @by, @at, @by)
        """, new
    {
        a.Id, a.UnitId, a.Title, a.AgencyId, kind = a.Kind.ToString(), a.AccreditationId, a.RenewalOfId, a.InstanceId, state = a.State.ToString(),
        decision = a.Decision.ToString(), a.StartedOn, at, by,
    }, ct);

    /// <summary>Moves the procedure on (its instance's handlers); the version grows so an open form answers 409.</summary>
    public async Task SetStateAsync(Guid id, AssessmentState state, Accreditations.AccreditationDecision decision, DateOnly? closedOn,
        DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE ea_assessments SET state = @state, decision = @decision, closed_on = @closedOn, version = version + 1, updated_at = @at,
              updated_by = @by WHERE id = @id
            """, new { id, state = state.ToString(), decision = decision.ToString(), closedOn, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "Assessment", id);
    }

    /// <summary>Bumps the version a form carried: a stale form (another person moved the procedure on) answers 409.</summary>
    public async Task TouchAsync(Guid id, int version, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync(
            "UPDATE ea_assessments SET version = version + 1, updated_at = @at, updated_by = @by WHERE id = @id AND version = @version",
            new { id, version, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "Assessment", id);
    }

    public Task<IReadOnlyList<AssessmentDocumentDto>> DocumentsAsync(Guid assessmentId, CancellationToken ct) =>
        db.QueryAsync<AssessmentDocumentDto>(
            $"SELECT {DocumentColumns} FROM ea_assessment_documents WHERE assessment_id = @assessmentId ORDER BY created_at, id",
            new { assessmentId }, ct);

    public Task<StoredDocument?> FindDocumentAsync(Guid id, CancellationToken ct) => db.QuerySingleOrDefaultAsync<StoredDocument>("""
        SELECT id, assessment_id AS AssessmentId, file_name AS FileName, content_type AS ContentType, storage_path AS StoragePath
        FROM ea_assessment_documents WHERE id = @id
        """, new { id }, ct);

    public Task InsertDocumentAsync(AssessmentDocumentDto d, string contentType, string sha256, string path, CancellationToken ct) =>
        db.ExecuteAsync("""
            INSERT INTO ea_assessment_documents (id, assessment_id, step, file_name, content_type, size_bytes, sha256, storage_path, created_at,
              created_by)
            VALUES (@Id, @AssessmentId, @Step, @FileName, @contentType, @SizeBytes, @sha256, @path, @CreatedAt, @CreatedBy)
            """, new { d.Id, d.AssessmentId, d.Step, d.FileName, contentType, d.SizeBytes, sha256, path, d.CreatedAt, d.CreatedBy }, ct);

    internal sealed class StoredDocument
    {
        public Guid Id { get; init; }
        public Guid AssessmentId { get; init; }
        public string FileName { get; init; } = "";
        public string ContentType { get; init; } = "";
        public string StoragePath { get; init; } = "";
    }
}
