namespace Ektu.Qa.ExternalAccreditation.SelfAssessment;

/// <summary>A criterion is answered by a narrative (in any of the three languages) backed by at least one piece of evidence.</summary>
internal static class SelfAssessmentRules
{
    public static CriterionCompleteness Completeness(bool hasNarrative, int evidence) => (hasNarrative, evidence > 0) switch
    {
        (true, true) => CriterionCompleteness.Complete,
        (false, false) => CriterionCompleteness.Empty,
        _ => CriterionCompleteness.Incomplete,
    };

    public static bool HasText(params string?[] texts) => texts.Any(t => !string.IsNullOrWhiteSpace(t));

    public static int Percent(int part, int whole) => whole == 0 ? 0 : (int)Math.Round(part * 100m / whole, MidpointRounding.AwayFromZero);
}
