using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.QaCommission.Documents;

/// <summary>The file-carrying rows of a commission that its other repositories do not list per commission.</summary>
internal sealed class DocumentArchiveRepository(IDbSession db)
{
    public Task<IReadOnlyList<MaterialRow>> GetMaterialsAsync(Guid commissionId, CancellationToken ct) => db.QueryAsync<MaterialRow>("""
        SELECT mt.id AS Id, mt.meeting_id AS MeetingId, mt.file_name AS FileName, m.meeting_date AS MeetingDate
        FROM qc_materials mt JOIN qc_meetings m ON m.id = mt.meeting_id
        WHERE m.commission_id = @commissionId
        """, new { commissionId }, ct);

    public Task<IReadOnlyList<ExecutionEvidenceFileRow>> GetEvidenceFilesAsync(Guid commissionId, CancellationToken ct) =>
        db.QueryAsync<ExecutionEvidenceFileRow>("""
        SELECT e.id AS Id, d.meeting_id AS MeetingId, d.text AS DecisionText, e.file_name AS FileName, e.created_at AS CreatedAt
        FROM qc_evidence e JOIN qc_decisions d ON d.id = e.decision_id
        WHERE d.commission_id = @commissionId AND e.storage_path IS NOT NULL
        """, new { commissionId }, ct);
}
