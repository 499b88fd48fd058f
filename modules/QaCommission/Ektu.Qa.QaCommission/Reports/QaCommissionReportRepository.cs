using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.QaCommission.Reports;

/// <summary><c>qc_reports</c>: the analytical reports that were sent, so the page lists them with their checksums.</summary>
internal sealed class QaCommissionReportRepository(IDbSession db)
{
    private const string Columns = """
        id, commission_id AS CommissionId, academic_year AS AcademicYear, report_kind AS Kind, language,
            period_from AS PeriodFrom, period_to AS PeriodTo,
        docx_checksum AS DocxChecksum, xlsx_checksum AS XlsxChecksum, recipients, created_at AS CreatedAt, created_by AS CreatedBy
        """;

    public Task InsertAsync(QaCommissionReportDto r, string docxPath, string xlsxPath, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO qc_reports (id, commission_id, academic_year, report_kind, language, period_from, period_to, docx_checksum,
            xlsx_checksum, docx_path, xlsx_path,
          recipients, version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @CommissionId, @AcademicYear, @kind, @language, @PeriodFrom, @PeriodTo, @DocxChecksum, @XlsxChecksum, @docxPath, @xlsxPath,
          @Recipients, 1, @CreatedAt, @CreatedBy, @CreatedAt, @CreatedBy)
        """, new { r.Id, r.CommissionId, r.AcademicYear, kind = r.Kind.ToString(), language = r.Language.ToString(), r.PeriodFrom, r.PeriodTo,
            r.DocxChecksum, r.XlsxChecksum,
            docxPath, xlsxPath, r.Recipients, r.CreatedAt, r.CreatedBy }, ct);

    /// <summary>What a download of a sent report needs, in one read (null paths: sent before the files were kept).</summary>
    public Task<SentReportFiles?> FindFilesAsync(Guid id, CancellationToken ct) => db.QuerySingleOrDefaultAsync<SentReportFiles>("""
        SELECT commission_id AS CommissionId, academic_year AS AcademicYear, report_kind AS Kind, language,
            docx_path AS DocxPath, xlsx_path AS XlsxPath
        FROM qc_reports WHERE id = @id
        """, new { id }, ct);

    public Task<IReadOnlyList<QaCommissionReportDto>> ListAsync(Guid commissionId, CancellationToken ct) => db.QueryAsync<QaCommissionReportDto>(
        $"SELECT {Columns} FROM qc_reports WHERE commission_id = @commissionId ORDER BY created_at DESC", new { commissionId }, ct);
}
