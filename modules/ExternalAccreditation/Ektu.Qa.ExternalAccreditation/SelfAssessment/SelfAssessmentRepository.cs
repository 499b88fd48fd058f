using Ektu.Qa.ExternalAccreditation.Readiness;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;

namespace Ektu.Qa.ExternalAccreditation.SelfAssessment;

/// <summary>
/// Agencies' standards and criteria (<c>ea_sa_standards</c>, <c>ea_sa_criteria</c>), self-assessments
/// (<c>ea_self_assessments</c>), their narratives (<c>ea_sa_narratives</c>) and evidence links (<c>ea_sa_evidence_links</c>).
/// </summary>
internal sealed class SelfAssessmentRepository(IDbSession db)
{
    /// <summary>Codes "1" … "10", "1.1" … "1.10" in their natural order.</summary>
    private const string CodeOrder = "LENGTH(code), code";

    private const string StandardColumns = """
        id, agency_id AS AgencyId, code, title_kk AS TitleKk, title_ru AS TitleRu, title_en AS TitleEn, esg_standard AS EsgStandard, version
        """;

    private const string CriterionColumns = """
        id, standard_id AS StandardId, code, title_kk AS TitleKk, title_ru AS TitleRu, title_en AS TitleEn, version
        """;

    private const string Columns = """
        id, unit_id AS UnitId, agency_id AS AgencyId, programme_id AS ProgrammeId, title, period, version
        """;

    private const string EvidenceColumns = """
        e.id, e.unit_id AS UnitId, e.title, e.esg_standard AS EsgStandard, e.programme, e.period, e.document_date AS DocumentDate, e.location,
          e.version
        """;

    public Task<IReadOnlyList<SaStandardDto>> StandardsAsync(Guid? agencyId, CancellationToken ct) =>
        db.QueryAsync<SaStandardDto>(
            $"SELECT {StandardColumns} FROM ea_sa_standards WHERE @agencyId IS NULL OR agency_id = @agencyId ORDER BY agency_id, {CodeOrder}",
            new { agencyId }, ct);

    public Task<SaStandardDto?> FindStandardAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<SaStandardDto>($"SELECT {StandardColumns} FROM ea_sa_standards WHERE id = @id", new { id }, ct);

    public async Task<bool> StandardCodeTakenAsync(Guid agencyId, string code, CancellationToken ct) =>
        await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM ea_sa_standards WHERE agency_id = @agencyId AND code = @code",
            new { agencyId, code }, ct) > 0;

    public Task InsertStandardAsync(Guid id, SaveSaStandardInput s, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO ea_sa_standards (id, agency_id, code, title_kk, title_ru, title_en, esg_standard, version, created_at, created_by,
          updated_at, updated_by)
        VALUES (@id, @AgencyId, @Code, @TitleKk, @TitleRu, @TitleEn, @EsgStandard, 1, @at, @by, @at, @by)
        """, new { id, s.AgencyId, s.Code, s.TitleKk, s.TitleRu, s.TitleEn, s.EsgStandard, at, by }, ct);

    public Task<IReadOnlyList<SaCriterionDto>> CriteriaAsync(Guid? agencyId, CancellationToken ct) =>
        db.QueryAsync<SaCriterionDto>($"""
            SELECT {CriterionColumns} FROM ea_sa_criteria
            WHERE @agencyId IS NULL OR standard_id IN (SELECT s.id FROM ea_sa_standards s WHERE s.agency_id = @agencyId)
            ORDER BY standard_id, {CodeOrder}
            """, new { agencyId }, ct);

    public Task<SaCriterionDto?> FindCriterionAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<SaCriterionDto>($"SELECT {CriterionColumns} FROM ea_sa_criteria WHERE id = @id", new { id }, ct);

    public async Task<bool> CriterionCodeTakenAsync(Guid standardId, string code, Guid exceptId, CancellationToken ct) =>
        await db.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM ea_sa_criteria WHERE standard_id = @standardId AND code = @code AND id <> @exceptId",
            new { standardId, code, exceptId }, ct) > 0;

    public Task InsertCriterionAsync(Guid id, SaveSaCriterionInput c, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO ea_sa_criteria (id, standard_id, code, title_kk, title_ru, title_en, version, created_at, created_by, updated_at, updated_by)
        VALUES (@id, @StandardId, @Code, @TitleKk, @TitleRu, @TitleEn, 1, @at, @by, @at, @by)
        """, new { id, c.StandardId, c.Code, c.TitleKk, c.TitleRu, c.TitleEn, at, by }, ct);

    public async Task UpdateCriterionAsync(Guid id, SaveSaCriterionInput c, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE ea_sa_criteria SET code = @Code, title_kk = @TitleKk, title_ru = @TitleRu, title_en = @TitleEn, version = version + 1,
              updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @Version
            """, new { id, c.Code, c.TitleKk, c.TitleRu, c.TitleEn, c.Version, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "SaCriterion", id);
    }

    public Task<IReadOnlyList<SelfAssessmentDto>> ListAsync(bool all, IEnumerable<Guid> units, CancellationToken ct) =>
        db.QueryAsync<SelfAssessmentDto>(
            $"SELECT {Columns} FROM ea_self_assessments WHERE {(all ? "1 = 1" : "unit_id IN @units")} ORDER BY created_at DESC, id",
            new { units = SqlIds.Text(units) }, ct);

    public Task<SelfAssessmentDto?> FindAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<SelfAssessmentDto>($"SELECT {Columns} FROM ea_self_assessments WHERE id = @id", new { id }, ct);

    public Task InsertAsync(Guid id, SaveSelfAssessmentInput s, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO ea_self_assessments (id, unit_id, agency_id, programme_id, title, period, version, created_at, created_by, updated_at,
          updated_by)
        VALUES (@id, @UnitId, @AgencyId, @ProgrammeId, @Title, @Period, 1, @at, @by, @at, @by)
        """, new { id, s.UnitId, s.AgencyId, s.ProgrammeId, s.Title, s.Period, at, by }, ct);

    public Task<IReadOnlyList<NarrativeRow>> NarrativesAsync(IEnumerable<Guid> selfAssessmentIds, CancellationToken ct) =>
        db.QueryAsync<NarrativeRow>("""
            SELECT self_assessment_id AS SelfAssessmentId, criterion_id AS CriterionId, text_kk AS TextKk, text_ru AS TextRu, text_en AS TextEn,
              version
            FROM ea_sa_narratives WHERE self_assessment_id IN @ids
            """, new { ids = SqlIds.Text(selfAssessmentIds) }, ct);

    /// <summary>Saves a criterion's narrative: the first save inserts (version 0 expected), later ones update by version.</summary>
    public async Task SaveNarrativeAsync(Guid selfAssessmentId, Guid criterionId, SaveNarrativeInput n, DateTime at, string by,
        CancellationToken ct)
    {
        var args = new { id = Guid.NewGuid(), selfAssessmentId, criterionId, n.TextKk, n.TextRu, n.TextEn, n.Version, at, by };
        if (n.Version == 0)
        {
            var exists = await db.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM ea_sa_narratives WHERE self_assessment_id = @selfAssessmentId AND criterion_id = @criterionId", args, ct);
            if (exists > 0) throw new ConcurrencyConflictException("SaNarrative", criterionId);
            await db.ExecuteAsync("""
                INSERT INTO ea_sa_narratives (id, self_assessment_id, criterion_id, text_kk, text_ru, text_en, version, created_at, created_by,
                  updated_at, updated_by)
                VALUES (@id, @selfAssessmentId, @criterionId, @TextKk, @TextRu, @TextEn, 1, @at, @by, @at, @by)
                """, args, ct);
            return;
        }
        var rows = await db.ExecuteAsync("""
            UPDATE ea_sa_narratives SET text_kk = @TextKk, text_ru = @TextRu, text_en = @TextEn, version = version + 1, updated_at = @at,
              updated_by = @by
            WHERE self_assessment_id = @selfAssessmentId AND criterion_id = @criterionId AND version = @Version
            """, args, ct);
        Concurrency.EnsureUpdated(rows, "SaNarrative", criterionId);
    }

    public Task<IReadOnlyList<LinkRow>> LinksAsync(IEnumerable<Guid> selfAssessmentIds, CancellationToken ct) =>
        db.QueryAsync<LinkRow>("""
            SELECT self_assessment_id AS SelfAssessmentId, criterion_id AS CriterionId, evidence_id AS EvidenceId
            FROM ea_sa_evidence_links WHERE self_assessment_id IN @ids
            """, new { ids = SqlIds.Text(selfAssessmentIds) }, ct);

    public async Task<bool> LinkExistsAsync(Guid selfAssessmentId, Guid criterionId, Guid evidenceId, CancellationToken ct) =>
        await db.ExecuteScalarAsync<long>("""
            SELECT COUNT(*) FROM ea_sa_evidence_links
            WHERE self_assessment_id = @selfAssessmentId AND criterion_id = @criterionId AND evidence_id = @evidenceId
            """, new { selfAssessmentId, criterionId, evidenceId }, ct) > 0;

    public Task LinkAsync(Guid selfAssessmentId, Guid criterionId, Guid evidenceId, DateTime at, string by, CancellationToken ct) =>
        db.ExecuteAsync("""
            INSERT INTO ea_sa_evidence_links (id, self_assessment_id, criterion_id, evidence_id, created_at, created_by)
            VALUES (@id, @selfAssessmentId, @criterionId, @evidenceId, @at, @by)
            """, new { id = Guid.NewGuid(), selfAssessmentId, criterionId, evidenceId, at, by }, ct);

    public Task<int> UnlinkAsync(Guid selfAssessmentId, Guid criterionId, Guid evidenceId, CancellationToken ct) => db.ExecuteAsync("""
        DELETE FROM ea_sa_evidence_links
        WHERE self_assessment_id = @selfAssessmentId AND criterion_id = @criterionId AND evidence_id = @evidenceId
        """, new { selfAssessmentId, criterionId, evidenceId }, ct);

    public Task<IReadOnlyList<EvidenceDocumentDto>> EvidenceAsync(IEnumerable<Guid> ids, CancellationToken ct) =>
        db.QueryAsync<EvidenceDocumentDto>($"SELECT {EvidenceColumns} FROM ea_evidence_documents e WHERE e.id IN @ids",
            new { ids = SqlIds.Text(ids) }, ct);

    /// <summary>
    /// The evidence library searched: units in scope, an ESG standard, words of the title (case-insensitive, literal);
    /// newest first, <paramref name="limit"/> at most. The (esg_standard, document_date) and document_date indexes let
    /// the database read in date order and stop at the limit instead of sorting every match: the tie-break follows the
    /// index's own order (the key after the date), and the scope's unit list must not choose the unit index, which would
    /// read and sort all of a school's documents.
    /// </summary>
    public Task<IReadOnlyList<EvidenceDocumentDto>> SearchEvidenceAsync(bool all, IEnumerable<Guid> units, int? esgStandard, string? text,
        int limit, CancellationToken ct) =>
        db.QueryAsync<EvidenceDocumentDto>($"""
            SELECT {EvidenceColumns} FROM ea_evidence_documents e
            WHERE {(all ? "1 = 1" : db.Dialect.NotIndexed("e.unit_id") + " IN @units")}
              {(esgStandard == null ? "" : "AND e.esg_standard = @esgStandard")}
              {(text == null ? "" : "AND " + db.Dialect.ContainsIgnoreCase("e.title", "@text"))}
            ORDER BY e.document_date DESC, e.id DESC LIMIT @limit
            """, new { units = SqlIds.Text(units), esgStandard, text, limit }, ct);

    internal sealed class NarrativeRow
    {
        public Guid SelfAssessmentId { get; init; }
        public Guid CriterionId { get; init; }
        public string? TextKk { get; init; }
        public string? TextRu { get; init; }
        public string? TextEn { get; init; }
        public int Version { get; init; }
    }

    internal sealed class LinkRow
    {
        public Guid SelfAssessmentId { get; init; }
        public Guid CriterionId { get; init; }
        public Guid EvidenceId { get; init; }
    }
}
