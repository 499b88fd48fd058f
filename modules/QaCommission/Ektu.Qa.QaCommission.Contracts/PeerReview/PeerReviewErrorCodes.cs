namespace Ektu.Qa.QaCommission.PeerReview;

/// <summary>Peer review error codes (localization keys).</summary>
public static class PeerReviewErrorCodes
{
    public const string NotObserver = "QaCommission:PeerReview.NotObserver";
    public const string NotTeacher = "QaCommission:PeerReview.NotTeacher";
    public const string InvalidTransition = "QaCommission:PeerReview.InvalidTransition";
    public const string TemplateInactive = "QaCommission:PeerReview.TemplateInactive";
    public const string SelfObservation = "QaCommission:PeerReview.SelfObservation";
    public const string ScoresIncomplete = "QaCommission:PeerReview.ScoresIncomplete";
    public const string ScoreOutOfRange = "QaCommission:PeerReview.ScoreOutOfRange";
}
