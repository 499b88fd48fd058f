using Ektu.Qa.Improvement.Appeals;
using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Meetings;
using Ektu.Qa.QaCommission.PeerReview;
using Ektu.Qa.QaCommission.Plans;
using Ektu.Qa.ExternalAccreditation.Readiness;

namespace Ektu.Qa.QaCommission.Reports;

/// <summary>What the analytical report says about one commission and one period, as of <see cref="AsOf"/>.</summary>
internal sealed class SemiAnnualData
{
    public required CommissionDto Commission { get; init; }
    public required string SchoolNameKk { get; init; }
    public required string SchoolNameRu { get; init; }
    public int AcademicYear { get; init; }
    public SemiAnnualKind Kind { get; init; }
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
    /// <summary>The period's end, or today while the period runs.</summary>
    public DateOnly AsOf { get; init; }
    public IReadOnlyList<MeetingDto> Meetings { get; init; } = [];
    public IReadOnlyList<DecisionLine> Decisions { get; init; } = [];
    /// <summary>Monitoring events starting in the period; done = ended by <see cref="AsOf"/> (the plan keeps no completion mark).</summary>
    public IReadOnlyList<MonitoringEventDto> Events { get; init; } = [];
    public int CapaOpened { get; init; }
    public IReadOnlyList<CapaItemDto> Capa { get; init; } = [];
    public IReadOnlyList<AppealDto> Appeals { get; init; } = [];
    public IReadOnlyList<ObservationDto> Observations { get; init; } = [];
    public IReadOnlyList<RecommendationDto> Recommendations { get; init; } = [];
    public required SemiAnnualFigures Figures { get; init; }
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    public int EventsDone => Events.Count(e => e.EndsOn <= AsOf);

    public int CapaClosed => Figures.CapaClosed;
}
