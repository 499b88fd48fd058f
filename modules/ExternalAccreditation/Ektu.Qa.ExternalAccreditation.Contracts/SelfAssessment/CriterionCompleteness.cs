namespace Ektu.Qa.ExternalAccreditation.SelfAssessment;

/// <summary>
/// How far a criterion is answered: nothing written or linked (Empty); a narrative or evidence but not both
/// (Incomplete); a narrative with at least one piece of evidence (Complete).
/// </summary>
public enum CriterionCompleteness
{
    Empty,
    Incomplete,
    Complete,
}
