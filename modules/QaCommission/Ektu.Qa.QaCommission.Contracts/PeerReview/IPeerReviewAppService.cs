namespace Ektu.Qa.QaCommission.PeerReview;

/// <summary>Peer review of teaching (004 §3.2, §7.9): templates, planned observations, scored forms, acknowledgement, summaries.</summary>
public interface IPeerReviewAppService
{
    Task<IReadOnlyList<ObservationTemplateDto>> GetTemplatesAsync(CancellationToken ct = default);

    Task<ObservationTemplateDto> CreateTemplateAsync(SaveTemplateInput input, CancellationToken ct = default);

    Task<ObservationTemplateDto> SetTemplateActiveAsync(Guid id, bool active, int version, CancellationToken ct = default);

    Task<ObservationDto> PlanAsync(PlanObservationInput input, CancellationToken ct = default);

    /// <summary>Observations of the units in scope, planned from <paramref name="from"/> to <paramref name="to"/>.</summary>
    Task<IReadOnlyList<ObservationDto>> GetListAsync(DateOnly? from, DateOnly? to, CancellationToken ct = default);

    /// <summary>Observations where the caller is the observer or the teacher.</summary>
    Task<IReadOnlyList<ObservationDto>> GetMineAsync(CancellationToken ct = default);

    Task<ObservationDetailsDto> GetAsync(Guid id, CancellationToken ct = default);

    /// <summary>The observer submits the scored form (Planned → Submitted).</summary>
    Task<ObservationDetailsDto> SubmitAsync(Guid id, SubmitObservationInput input, CancellationToken ct = default);

    /// <summary>The teacher acknowledges the feedback (Submitted → Acknowledged), optionally with a comment.</summary>
    Task<ObservationDetailsDto> AcknowledgeAsync(Guid id, string? comment, int version, CancellationToken ct = default);

    /// <summary>Per teacher of the unit (and below), submitted observations planned in the period.</summary>
    Task<IReadOnlyList<PeerReviewSummaryDto>> GetSummaryAsync(Guid unitId, DateOnly from, DateOnly to, CancellationToken ct = default);
}
