using Ektu.Qa.ExternalAccreditation.Readiness;
using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.QaCommission.Register;

/// <summary>This module's records as sources of CAPA items: decisions, observations of teaching, experts' recommendations.</summary>
internal sealed class CapaSourceRecords(IDbSession db, IReadinessIntegrationService readiness) : ICapaSourceRecords
{
    public IReadOnlyList<CapaSourceKind> Kinds { get; } =
    [
        new(QaCommissionCapaSources.Decision, "CapaSource:QaCommission.Decision"),
        new(QaCommissionCapaSources.PeerReview, "CapaSource:QaCommission.PeerReview", "QaCommission", "/PeerReview/Details"),
        new(QaCommissionCapaSources.ExpertRecommendation, "CapaSource:QaCommission.ExpertRecommendation"),
    ];

    public async Task<bool> ExistsAsync(string kind, Guid id, CancellationToken ct = default)
    {
        // The recommendations moved to ExternalAccreditation; their source key stays this module's so raised items keep it.
        if (kind == QaCommissionCapaSources.ExpertRecommendation) return await readiness.RecommendationExistsAsync(id, ct);
        var sql = kind switch
        {
            QaCommissionCapaSources.Decision => "SELECT COUNT(*) FROM qc_decisions WHERE id = @id",
            QaCommissionCapaSources.PeerReview => "SELECT COUNT(*) FROM qc_pr_observations WHERE id = @id",
            _ => null,
        };
        return sql != null && await db.ExecuteScalarAsync<long>(sql, new { id }, ct) > 0;
    }
}
