namespace Ektu.Qa.ProgrammeMonitoring.Effectiveness;

/// <summary>The annual effectiveness assessment of the programmes in scope; values and thresholds are the office's to set.</summary>
public interface IEffectivenessAppService
{
    Task<IReadOnlyList<ThresholdDto>> GetThresholdsAsync(CancellationToken ct = default);

    Task<ThresholdDto> SaveThresholdAsync(EffectivenessIndicator indicator, SaveThresholdInput input, CancellationToken ct = default);

    Task<IReadOnlyList<AssessmentRowDto>> GetYearAsync(int year, CancellationToken ct = default);

    /// <summary>Every year's values of one programme (404 outside scope), for its chart.</summary>
    Task<IReadOnlyList<IndicatorValueDto>> GetProgrammeAsync(Guid programmeId, CancellationToken ct = default);

    Task<IndicatorValueDto> SaveValueAsync(SaveValueInput input, CancellationToken ct = default);
}
