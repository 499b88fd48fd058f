namespace Ektu.Qa.QaCommission.PeerReview;

/// <summary>One criterion of a template, scored from 1 to <see cref="MaxScore"/>.</summary>
public sealed class ObservationCriterionDto
{
    public Guid Id { get; init; }
    public int Seq { get; init; }
    public string Title { get; init; } = "";
    public int MaxScore { get; init; }
}
