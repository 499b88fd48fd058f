using Ektu.Qa.Improvement.Capa;

namespace Ektu.Qa.QaCommission.PeerReview;

/// <summary>
/// An observation with its form. <see cref="CapaProposal"/> is filled when a criterion scored below the threshold and no
/// CAPA item was raised from the observation yet: the manager reviews and creates it.
/// </summary>
public sealed class ObservationDetailsDto
{
    public required ObservationDto Observation { get; init; }
    public IReadOnlyList<ObservationScoreDto> Scores { get; init; } = [];

    /// <summary>Mean score (two decimals) on the criteria's own scales.</summary>
    public decimal? Average { get; init; }

    public SaveCapaItemInput? CapaProposal { get; init; }
    public IReadOnlyList<CapaItemDto> Capa { get; init; } = [];
}
