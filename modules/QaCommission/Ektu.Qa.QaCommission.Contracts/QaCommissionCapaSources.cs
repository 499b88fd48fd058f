namespace Ektu.Qa.QaCommission;

/// <summary>The kinds of this module's records CAPA items are raised from (Improvement's open source keys).</summary>
public static class QaCommissionCapaSources
{
    /// <summary>A decision of a commission's meeting.</summary>
    public const string Decision = "QaCommission.Decision";

    /// <summary>An observation of teaching (peer review) with low scores.</summary>
    public const string PeerReview = "QaCommission.PeerReview";

    /// <summary>A recommendation of external experts (accreditation readiness).</summary>
    public const string ExpertRecommendation = "QaCommission.ExpertRecommendation";
}
