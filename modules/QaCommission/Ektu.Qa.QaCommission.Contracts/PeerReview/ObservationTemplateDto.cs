namespace Ektu.Qa.QaCommission.PeerReview;

/// <summary>A criteria template of the observation form; its criteria do not change once created (a new template replaces it).</summary>
public sealed class ObservationTemplateDto
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public bool IsActive { get; init; }
    public int Version { get; init; }
    public IReadOnlyList<ObservationCriterionDto> Criteria { get; set; } = [];
}
