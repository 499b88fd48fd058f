using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Security;

namespace Ektu.Qa.QualityPolicy.Documents;

/// <summary>Writes and reads of the document aggregate (documents, editions, change sheet).</summary>
internal sealed class PolicyDocumentRepository(IDbSession db)
{
    public const string Columns = """
        d.id, d.code, d.doc_type AS Type, d.title_kk AS TitleKk, d.title_ru AS TitleRu, d.title_en AS TitleEn,
        d.owner_unit_id AS OwnerUnitId, d.scope_unit_id AS ScopeUnitId, d.state, d.is_published AS IsPublished,
        d.approved_on AS ApprovedOn, d.approving_body AS ApprovingBody, d.decision_number AS DecisionNumber,
        d.in_force_on AS InForceOn, d.review_due_on AS ReviewDueOn, d.current_edition AS CurrentEdition,
        d.version, d.created_at AS CreatedAt, d.created_by AS CreatedBy, d.updated_at AS UpdatedAt, d.updated_by AS UpdatedBy
        """;

    private const string EditionColumns = """
        id, document_id AS DocumentId, edition_number AS EditionNumber, state, file_name AS FileName, content_type AS ContentType,
        size_bytes AS SizeBytes, sha256, storage_path AS StoragePath, approved_on AS ApprovedOn, approving_body AS ApprovingBody,
        decision_number AS DecisionNumber, in_force_on AS InForceOn, approval_instance_id AS ApprovalInstanceId, created_at AS CreatedAt,
        created_by AS CreatedBy, updated_at AS UpdatedAt, updated_by AS UpdatedBy
        """;

    /// <summary>
    /// Who may read a document: its owning or scope unit is in the caller's scope, it is the published edition in
    /// force (public on the site anyway), or the caller has to acknowledge it.
    /// </summary>
    public static string Visible(UnitScope scope) => scope.All ? "1 = 1" : """
        (d.owner_unit_id IN @Units OR d.scope_unit_id IN @Units OR (d.is_published = 1 AND d.state = 'InForce')
         OR EXISTS (SELECT 1 FROM qp_acknowledgements a WHERE a.document_id = d.id AND a.user_id = @Me))
        """;

    public Task<PolicyDocument?> FindAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<PolicyDocument>($"SELECT {Columns} FROM qp_documents d WHERE d.id = @id", new { id }, ct);

    public async Task<bool> CodeTakenAsync(string code, Guid exceptId, CancellationToken ct) =>
        await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM qp_documents WHERE code = @code AND id <> @exceptId", new { code, exceptId }, ct) > 0;

    public Task InsertAsync(PolicyDocument d, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO qp_documents (id, code, doc_type, title_kk, title_ru, title_en, owner_unit_id, scope_unit_id, state, is_published,
          approved_on, approving_body, decision_number, in_force_on, review_due_on, current_edition, version, created_at, created_by, updated_at,
          updated_by)
        VALUES (@Id, @Code, @TypeText, @TitleKk, @TitleRu, @TitleEn, @OwnerUnitId, @ScopeUnitId, @StateText, @IsPublished,
          @ApprovedOn, @ApprovingBody, @DecisionNumber, @InForceOn, @ReviewDueOn, @CurrentEdition, @Version, @CreatedAt, @CreatedBy, @UpdatedAt,
          @UpdatedBy)
        """, Args(d, d.Version), ct);

    /// <summary>Saves the card and state when nobody saved since <paramref name="expectedVersion"/>; bumps the version.</summary>
    public async Task UpdateAsync(PolicyDocument d, int expectedVersion, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE qp_documents SET code = @Code, doc_type = @TypeText, title_kk = @TitleKk, title_ru = @TitleRu, title_en = @TitleEn,
              owner_unit_id = @OwnerUnitId, scope_unit_id = @ScopeUnitId, state = @StateText, is_published = @IsPublished,
              approved_on = @ApprovedOn, approving_body = @ApprovingBody, decision_number = @DecisionNumber, in_force_on = @InForceOn,
              review_due_on = @ReviewDueOn, current_edition = @CurrentEdition, version = version + 1, updated_at = @UpdatedAt, updated_by = @UpdatedBy
            WHERE id = @Id AND version = @ExpectedVersion
            """, Args(d, expectedVersion), ct);
        Concurrency.EnsureUpdated(rows, "PolicyDocument", d.Id);
        d.Version = expectedVersion + 1;
    }

    public Task<IReadOnlyList<DocumentEdition>> GetEditionsAsync(Guid documentId, CancellationToken ct) =>
        db.QueryAsync<DocumentEdition>($"SELECT {EditionColumns} FROM qp_document_editions WHERE document_id = @documentId ORDER BY edition_number",
            new { documentId }, ct);

    public Task<DocumentEdition?> FindEditionAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<DocumentEdition>($"SELECT {EditionColumns} FROM qp_document_editions WHERE id = @id", new { id }, ct);

    public Task InsertEditionAsync(DocumentEdition e, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO qp_document_editions (id, document_id, edition_number, state, file_name, content_type, size_bytes, sha256, storage_path,
          approved_on, approving_body, decision_number, in_force_on, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @DocumentId, @EditionNumber, @StateText, @FileName, @ContentType, @SizeBytes, @Sha256, @StoragePath,
          @ApprovedOn, @ApprovingBody, @DecisionNumber, @InForceOn, @CreatedAt, @CreatedBy, @UpdatedAt, @UpdatedBy)
        """, EditionArgs(e), ct);

    /// <summary>Editions change only together with their document, whose version guards them.</summary>
    public Task UpdateEditionAsync(DocumentEdition e, CancellationToken ct) => db.ExecuteAsync("""
        UPDATE qp_document_editions SET state = @StateText, approved_on = @ApprovedOn, approving_body = @ApprovingBody,
          decision_number = @DecisionNumber, in_force_on = @InForceOn, approval_instance_id = @ApprovalInstanceId,
          updated_at = @UpdatedAt, updated_by = @UpdatedBy
        WHERE id = @Id
        """, EditionArgs(e), ct);

    public Task<IReadOnlyList<DocumentChangeDto>> GetChangesAsync(Guid documentId, CancellationToken ct) => db.QueryAsync<DocumentChangeDto>("""
        SELECT id, document_id AS DocumentId, change_number AS ChangeNumber, pages, reason, registered_by AS RegisteredBy,
               registered_on AS RegisteredOn, changed_on AS ChangedOn
        FROM qp_document_changes WHERE document_id = @documentId ORDER BY change_number
        """, new { documentId }, ct);

    public async Task<int> NextChangeNumberAsync(Guid documentId, CancellationToken ct) =>
        (int)(await db.ExecuteScalarAsync<long?>("SELECT MAX(change_number) FROM qp_document_changes WHERE document_id = @documentId",
            new { documentId }, ct) ?? 0) + 1;

    public Task InsertChangeAsync(DocumentChangeDto c, DateTime at, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO qp_document_changes (id, document_id, change_number, pages, reason, registered_by, registered_on, changed_on, created_at,
        created_by)
        VALUES (@Id, @DocumentId, @ChangeNumber, @Pages, @Reason, @RegisteredBy, @RegisteredOn, @ChangedOn, @at, @RegisteredBy)
        """, new { c.Id, c.DocumentId, c.ChangeNumber, c.Pages, c.Reason, c.RegisteredBy, c.RegisteredOn, c.ChangedOn, at }, ct);

    private static object Args(PolicyDocument d, int expectedVersion) => new
    {
        d.Id, d.Code, TypeText = d.Type.ToString(), d.TitleKk, d.TitleRu, d.TitleEn, d.OwnerUnitId, d.ScopeUnitId,
        StateText = d.State.ToString(), d.IsPublished, d.ApprovedOn, d.ApprovingBody, d.DecisionNumber, d.InForceOn, d.ReviewDueOn,
        d.CurrentEdition, d.Version, d.CreatedAt, d.CreatedBy, d.UpdatedAt, d.UpdatedBy, ExpectedVersion = expectedVersion,
    };

    private static object EditionArgs(DocumentEdition e) => new
    {
        e.Id, e.DocumentId, e.EditionNumber, StateText = e.State.ToString(), e.FileName, e.ContentType, e.SizeBytes, e.Sha256,
        e.StoragePath, e.ApprovedOn, e.ApprovingBody, e.DecisionNumber, e.InForceOn, e.ApprovalInstanceId,
        e.CreatedAt, e.CreatedBy, e.UpdatedAt, e.UpdatedBy,
    };
}
