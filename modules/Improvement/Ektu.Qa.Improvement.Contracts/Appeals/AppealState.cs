namespace Ektu.Qa.Improvement.Appeals;

/// <summary>Received at the current level, under review there, or resolved.</summary>
public enum AppealState
{
    Received,
    InReview,
    Resolved,
}
