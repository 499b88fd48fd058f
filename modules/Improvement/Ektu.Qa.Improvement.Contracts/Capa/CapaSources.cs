namespace Ektu.Qa.QaCommission.Capa;

/// <summary>Where a CAPA item comes from (DOMAIN §12): a commission decision, an appeal, a peer review, an audit, an expert recommendation, monitoring.</summary>
public enum CapaSource
{
    Decision,
    Appeal,
    PeerReview,
    Audit,
    ExpertRecommendation,
    Monitoring,
}
