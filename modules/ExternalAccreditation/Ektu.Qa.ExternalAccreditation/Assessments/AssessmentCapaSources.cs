using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.ExternalAccreditation.Assessments;

/// <summary>
/// This module's records as sources of CAPA items: an assessment's improvement plan (linked back to its page) and the
/// findings of a certificate's inspection audit.
/// </summary>
internal sealed class AssessmentCapaSources(IDbSession db) : ICapaSourceRecords
{
    public IReadOnlyList<CapaSourceKind> Kinds { get; } =
    [
        new(AssessmentProcess.CapaSource, "CapaSource:ExternalAccreditation.Assessment", "ExternalAccreditation", "/Assessments/Details"),
        new(AssessmentProcess.InspectionAuditCapaSource, "CapaSource:ExternalAccreditation.InspectionAudit"),
    ];

    public async Task<bool> ExistsAsync(string kind, Guid id, CancellationToken ct = default)
    {
        var sql = kind switch
        {
            AssessmentProcess.CapaSource => "SELECT COUNT(*) FROM ea_assessments WHERE id = @id",
            AssessmentProcess.InspectionAuditCapaSource => "SELECT COUNT(*) FROM ea_inspection_audits WHERE id = @id",
            _ => null,
        };
        return sql != null && await db.ExecuteScalarAsync<long>(sql, new { id }, ct) > 0;
    }
}
