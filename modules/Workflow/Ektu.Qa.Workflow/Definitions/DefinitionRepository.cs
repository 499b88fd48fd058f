using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.Workflow.Definitions;

/// <summary>
/// <c>wf_definitions</c> and their versions in <c>wf_definition_versions</c>; a change of names drops <see cref="ProcessNameCache"/>.
/// </summary>
internal sealed class DefinitionRepository(IDbSession db, ProcessNameCache names)
{
    private const string DefinitionColumns = """
        d.id, d.process_key AS ProcessKey, d.name_kk AS NameKk, d.name_ru AS NameRu, d.name_en AS NameEn, d.updated_at AS UpdatedAt, d.version,
        (SELECT MAX(v.number) FROM wf_definition_versions v WHERE v.definition_id = d.id AND v.status = 1) AS PublishedNumber,
        (SELECT MAX(v.number) FROM wf_definition_versions v WHERE v.definition_id = d.id AND v.status = 0) AS DraftNumber
        """;

    private const string VersionColumns = """
        id, definition_id AS DefinitionId, number, status, checksum, published_at AS PublishedAt, published_by AS PublishedBy,
        updated_at AS UpdatedAt, updated_by AS UpdatedBy, version
        """;

    public Task<IReadOnlyList<ProcessDefinitionDto>> GetListAsync(CancellationToken ct) =>
        db.QueryAsync<ProcessDefinitionDto>($"SELECT {DefinitionColumns} FROM wf_definitions d ORDER BY d.process_key", null, ct);

    public Task<ProcessDefinitionDto?> FindAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<ProcessDefinitionDto>($"SELECT {DefinitionColumns} FROM wf_definitions d WHERE d.id = @id", new { id }, ct);

    public Task<ProcessDefinitionDto?> FindByKeyAsync(string key, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<ProcessDefinitionDto>($"SELECT {DefinitionColumns} FROM wf_definitions d WHERE d.process_key = @key",
            new { key }, ct);

    public async Task InsertAsync(ProcessDefinitionDto d, DateTime at, string by, CancellationToken ct)
    {
        names.Invalidate(db);
        await db.ExecuteAsync("""
        INSERT INTO wf_definitions (id, process_key, name_kk, name_ru, name_en, version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @Key, @NameKk, @NameRu, @NameEn, 1, @at, @by, @at, @by)
        """, new { d.Id, Key = d.ProcessKey, d.NameKk, d.NameRu, d.NameEn, at, by }, ct);
    }

    /// <summary>Names follow the latest saved diagram; bumps the definition's version.</summary>
    public async Task UpdateNamesAsync(Guid id, string nameKk, string nameRu, string nameEn, DateTime at, string by, CancellationToken ct)
    {
        names.Invalidate(db);
        await db.ExecuteAsync("""
        UPDATE wf_definitions SET name_kk = @nameKk, name_ru = @nameRu, name_en = @nameEn, version = version + 1, updated_at = @at, updated_by = @by
        WHERE id = @id
        """, new { id, nameKk, nameRu, nameEn, at, by }, ct);
    }

    public Task<IReadOnlyList<DefinitionVersionDto>> GetVersionsAsync(Guid definitionId, CancellationToken ct) =>
        db.QueryAsync<DefinitionVersionDto>($"SELECT {VersionColumns} FROM wf_definition_versions WHERE definition_id = @definitionId ORDER BY " +
            $"number DESC", new { definitionId }, ct);

    public Task<DefinitionVersionDto?> FindVersionAsync(Guid definitionId, int number, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<DefinitionVersionDto>($"SELECT {VersionColumns} FROM wf_definition_versions WHERE definition_id = " +
            $"@definitionId AND number = @number", new { definitionId, number }, ct);

    public Task<string?> GetXmlAsync(Guid versionId, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<string>("SELECT xml FROM wf_definition_versions WHERE id = @versionId", new { versionId }, ct);

    /// <summary>The version new instances of <paramref name="key"/> start on.</summary>
    public Task<PublishedVersion?> FindLatestPublishedAsync(string key, CancellationToken ct) => db.QuerySingleOrDefaultAsync<PublishedVersion>("""
        SELECT v.id AS VersionId, v.definition_id AS DefinitionId, v.number, d.process_key AS ProcessKey
        FROM wf_definition_versions v JOIN wf_definitions d ON d.id = v.definition_id
        WHERE d.process_key = @key AND v.status = 1
        ORDER BY v.number DESC
        LIMIT 1
        """, new { key }, ct);

    public Task InsertVersionAsync(Guid id, Guid definitionId, int number, DefinitionVersionStatus status, string xml, string checksum, DateTime at,
        string by, CancellationToken ct) =>
        db.ExecuteAsync("""
            INSERT INTO wf_definition_versions (id, definition_id, number, status, xml, checksum, published_at, published_by, version, created_at,
            created_by, updated_at, updated_by)
            VALUES (@id, @definitionId, @number, @status, @xml, @checksum, @publishedAt, @publishedBy, 1, @at, @by, @at, @by)
            """, new
            {
                id, definitionId, number, status = (int)status, xml, checksum,
                publishedAt = status == DefinitionVersionStatus.Published ? at : (DateTime?)null,
                publishedBy = status == DefinitionVersionStatus.Published ? by : null, at, by,
            }, ct);

    public async Task UpdateDraftAsync(Guid id, string xml, string checksum, int version, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE wf_definition_versions SET xml = @xml, checksum = @checksum, version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @version AND status = 0
            """, new { id, xml, checksum, version, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "ProcessDefinitionVersion", id);
    }

    public async Task PublishAsync(Guid id, int version, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE wf_definition_versions SET status = 1, published_at = @at, published_by = @by, version = version + 1, updated_at = @at,
            updated_by = @by
            WHERE id = @id AND version = @version AND status = 0
            """, new { id, version, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "ProcessDefinitionVersion", id);
    }
}
