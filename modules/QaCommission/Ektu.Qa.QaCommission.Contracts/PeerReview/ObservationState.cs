namespace Ektu.Qa.QaCommission.PeerReview;

/// <summary>A planned observation, its scored form submitted by the observer, the feedback acknowledged by the teacher.</summary>
public enum ObservationState
{
    Planned,
    Submitted,
    Acknowledged,
}
