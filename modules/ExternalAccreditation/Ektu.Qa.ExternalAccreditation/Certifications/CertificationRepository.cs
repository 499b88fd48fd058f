using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.ExternalAccreditation.Certifications;

/// <summary>Certificates (<c>ea_certificates</c>) and their inspection audits (<c>ea_inspection_audits</c>).</summary>
internal sealed class CertificationRepository(IDbSession db)
{
    private const string Columns = """
        id, unit_id AS UnitId, standard, body, number, scope, valid_from AS ValidFrom, valid_to AS ValidTo, version
        """;

    private const string AuditColumns = """
        id, certificate_id AS CertificateId, planned_on AS PlannedOn, held_on AS HeldOn, findings, nonconformities, version
        """;

    public Task<CertificateDto?> FindAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<CertificateDto>($"SELECT {Columns} FROM ea_certificates WHERE id = @id", new { id }, ct);

    public Task<IReadOnlyList<CertificateDto>> ListAsync(bool all, IEnumerable<Guid> units, CancellationToken ct) =>
        db.QueryAsync<CertificateDto>(
            $"SELECT {Columns} FROM ea_certificates WHERE {(all ? "1 = 1" : "unit_id IN @units")} ORDER BY standard, valid_to DESC, id",
            new { units = SqlIds.Text(units) }, ct);

    public Task InsertAsync(Guid id, SaveCertificateInput c, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO ea_certificates (id, unit_id, standard, body, number, scope, valid_from, valid_to, version, created_at, created_by,
          updated_at, updated_by)
        VALUES (@id, @UnitId, @Standard, @Body, @Number, @Scope, @ValidFrom, @ValidTo, 1, @at, @by, @at, @by)
        """, new { id, c.UnitId, c.Standard, c.Body, c.Number, c.Scope, c.ValidFrom, c.ValidTo, at, by }, ct);

    public async Task UpdateAsync(Guid id, SaveCertificateInput c, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE ea_certificates SET standard = @Standard, body = @Body, number = @Number, scope = @Scope, valid_from = @ValidFrom,
              valid_to = @ValidTo, version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @Version
            """, new { id, c.Standard, c.Body, c.Number, c.Scope, c.ValidFrom, c.ValidTo, c.Version, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "Certificate", id);
    }

    public Task<IReadOnlyList<InspectionAuditDto>> AuditsAsync(IEnumerable<Guid> certificateIds, CancellationToken ct) =>
        db.QueryAsync<InspectionAuditDto>(
            $"SELECT {AuditColumns} FROM ea_inspection_audits WHERE certificate_id IN @ids ORDER BY planned_on, id",
            new { ids = SqlIds.Text(certificateIds) }, ct);

    public Task<InspectionAuditDto?> FindAuditAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<InspectionAuditDto>($"SELECT {AuditColumns} FROM ea_inspection_audits WHERE id = @id", new { id }, ct);

    public Task InsertAuditAsync(Guid id, Guid certificateId, DateOnly plannedOn, DateTime at, string by, CancellationToken ct) =>
        db.ExecuteAsync("""
            INSERT INTO ea_inspection_audits (id, certificate_id, planned_on, held_on, findings, nonconformities, version, created_at,
              created_by, updated_at, updated_by)
            VALUES (@id, @certificateId, @plannedOn, NULL, NULL, 0, 1, @at, @by, @at, @by)
            """, new { id, certificateId, plannedOn, at, by }, ct);

    public async Task RecordAuditAsync(Guid id, RecordAuditInput a, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE ea_inspection_audits SET held_on = @HeldOn, findings = @Findings, nonconformities = @Nonconformities,
              version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @Version
            """, new { id, a.HeldOn, Findings = string.IsNullOrWhiteSpace(a.Findings) ? null : a.Findings.Trim(), a.Nonconformities,
            a.Version, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "InspectionAudit", id);
    }

    /// <summary>Bumps the audit's version: of two presses of the same form, the second answers 409.</summary>
    public async Task TouchAuditAsync(Guid id, int version, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync(
            "UPDATE ea_inspection_audits SET version = version + 1, updated_at = @at, updated_by = @by WHERE id = @id AND version = @version",
            new { id, version, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "InspectionAudit", id);
    }
}
