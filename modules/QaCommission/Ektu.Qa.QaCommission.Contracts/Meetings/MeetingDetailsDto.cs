namespace Ektu.Qa.QaCommission.Meetings;

/// <summary>Everything of one meeting the meeting page and the minutes need.</summary>
public sealed class MeetingDetailsDto
{
    public required MeetingDto Meeting { get; init; }
    public required Commissions.CommissionDto Commission { get; init; }
    public IReadOnlyList<AgendaItemDto> Agenda { get; init; } = [];
    public IReadOnlyList<MaterialDto> Materials { get; init; } = [];
    public IReadOnlyList<AttendanceDto> Attendance { get; init; } = [];
    public IReadOnlyList<ExpertDto> Experts { get; init; } = [];
    public IReadOnlyList<DecisionDto> Decisions { get; init; } = [];

    /// <summary>Votes per decision: member id → choice.</summary>
    public IReadOnlyDictionary<Guid, IReadOnlyDictionary<Guid, VoteChoice>> Votes { get; init; } = new Dictionary<Guid,
        IReadOnlyDictionary<Guid, VoteChoice>>();
}
