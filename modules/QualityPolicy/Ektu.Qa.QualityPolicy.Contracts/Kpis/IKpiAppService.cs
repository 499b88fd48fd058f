namespace Ektu.Qa.QualityPolicy.Kpis;

/// <summary>Target indicators per strategic goal (DOMAIN §3).</summary>
public interface IKpiAppService
{
    Task<IReadOnlyList<StrategicGoalDto>> GetGoalsAsync(CancellationToken ct = default);

    Task<IndicatorDto> GetIndicatorAsync(Guid id, CancellationToken ct = default);

    Task<StrategicGoalDto> CreateGoalAsync(SaveStrategicGoalInput input, CancellationToken ct = default);

    Task<IndicatorDto> CreateIndicatorAsync(SaveIndicatorInput input, CancellationToken ct = default);

    Task<IndicatorDto> SetTargetAsync(Guid indicatorId, IndicatorValueInput input, CancellationToken ct = default);

    Task<IndicatorDto> RecordActualAsync(Guid indicatorId, IndicatorValueInput input, CancellationToken ct = default);
}
