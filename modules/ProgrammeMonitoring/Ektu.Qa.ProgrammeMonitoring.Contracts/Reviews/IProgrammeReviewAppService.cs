namespace Ektu.Qa.ProgrammeMonitoring.Reviews;

/// <summary>Triggers, review schedules and reviews of the programmes in the caller's scope (another school's answer 404).</summary>
public interface IProgrammeReviewAppService
{
    Task<IReadOnlyList<ReviewTriggerDto>> GetTriggersAsync(Guid? programmeId, bool openOnly, CancellationToken ct = default);

    Task<ReviewTriggerDto> RecordTriggerAsync(RecordTriggerInput input, CancellationToken ct = default);

    /// <summary>Opens a review from the trigger, or closes it; closing needs a reason (validation error otherwise).</summary>
    Task<ReviewTriggerDto> DecideTriggerAsync(Guid id, DecideTriggerInput input, CancellationToken ct = default);

    Task<IReadOnlyList<ReviewScheduleDto>> GetSchedulesAsync(CancellationToken ct = default);

    Task<ReviewScheduleDto> GetScheduleAsync(Guid programmeId, CancellationToken ct = default);

    Task<ReviewScheduleDto> SetScheduleAsync(Guid programmeId, SetScheduleInput input, CancellationToken ct = default);

    Task<IReadOnlyList<ProgrammeReviewDto>> GetReviewsAsync(Guid? programmeId, CancellationToken ct = default);

    Task<ProgrammeReviewDto> GetReviewAsync(Guid id, CancellationToken ct = default);

    /// <summary>Opens the periodic review or the yearly monitoring the schedule has due next.</summary>
    Task<ProgrammeReviewDto> StartReviewAsync(Guid programmeId, ReviewKind kind, CancellationToken ct = default);

    Task<ProgrammeReviewDto> SaveReviewAsync(Guid id, SaveReviewInput input, CancellationToken ct = default);

    /// <summary>Completes the review; a periodic one moves the schedule's anchor to its completion day.</summary>
    Task<ProgrammeReviewDto> CompleteReviewAsync(Guid id, int version, CancellationToken ct = default);

    Task<ProgrammeReviewDto> AddActionAsync(Guid reviewId, AddActionInput input, CancellationToken ct = default);

    Task<ProgrammeReviewDto> CloseActionAsync(Guid reviewId, Guid actionId, CancellationToken ct = default);

    /// <summary>Stakeholder satisfaction of the programme's students and employers, when a survey source provides it.</summary>
    Task<decimal?> GetSurveySatisfactionAsync(Guid programmeId, int year, CancellationToken ct = default);
}
