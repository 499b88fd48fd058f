namespace Ektu.Qa.QaCommission.PeerReview;

/// <summary>Peer review settings (Settings page; display name key <c>Setting:&lt;name&gt;</c>).</summary>
public static class PeerReviewSettings
{
    /// <summary>A criterion scored below this percentage of its maximum is low and proposes a CAPA item (default 60).</summary>
    public const string LowScorePercent = "QaCommission.PeerReview.LowScorePercent";
}
