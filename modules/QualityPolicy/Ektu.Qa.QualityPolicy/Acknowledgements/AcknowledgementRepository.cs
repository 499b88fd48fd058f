using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.QualityPolicy.Acknowledgements;

/// <summary>Acknowledgement tasks; read joined with their document and edition.</summary>
internal sealed class AcknowledgementRepository(IDbSession db)
{
    public const string Select = """
        SELECT a.id, a.document_id AS DocumentId, a.edition_id AS EditionId, e.edition_number AS EditionNumber, d.code AS DocumentCode,
               d.title_kk AS TitleKk, d.title_ru AS TitleRu, d.title_en AS TitleEn, a.user_id AS UserId, a.user_name AS UserName,
               a.full_name AS FullName, a.position, a.due_on AS DueOn, a.acknowledged_at AS AcknowledgedAt, a.version
        FROM qp_acknowledgements a
        JOIN qp_document_editions e ON e.id = a.edition_id
        JOIN qp_documents d ON d.id = a.document_id
        """;

    public Task<AcknowledgementDto?> FindAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<AcknowledgementDto>($"{Select} WHERE a.id = @id", new { id }, ct);

    /// <summary>One task per employee and edition; a second call for the same edition adds only newcomers.</summary>
    public Task InsertIgnoreAsync(Guid documentId, Guid editionId, Identity.UserSummary member, DateOnly dueOn, DateTime at, string by,
        CancellationToken ct) =>
        db.ExecuteAsync(
            db.Dialect.InsertIgnore("qp_acknowledgements",
                "id, document_id, edition_id, user_id, user_name, full_name, position, due_on, acknowledged_at, version, created_at, created_by, " +
                    "updated_at, updated_by",
                "@id, @documentId, @editionId, @userId, @userName, @fullName, @position, @dueOn, NULL, 1, @at, @by, @at, @by"),
            new { id = Guid.NewGuid(), documentId, editionId, userId = member.Id, userName = member.UserName, fullName = member.FullName,
                position = member.Position, dueOn, at, by }, ct);

    public async Task AcknowledgeAsync(Guid id, Guid userId, int expectedVersion, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE qp_acknowledgements SET acknowledged_at = @at, version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @id AND user_id = @userId AND version = @expectedVersion
            """, new { id, userId, expectedVersion, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "Acknowledgement", id);
    }
}
