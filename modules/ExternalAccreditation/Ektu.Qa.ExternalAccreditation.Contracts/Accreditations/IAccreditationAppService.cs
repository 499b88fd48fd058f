namespace Ektu.Qa.ExternalAccreditation.Accreditations;

/// <summary>
/// Accreditations of the units in the caller's scope (another school's answers 404), their post-accreditation monitoring
/// reports, expiry warnings and the share of each school's programmes accredited. Every change leaves an audit entry.
/// </summary>
public interface IAccreditationAppService
{
    Task<IReadOnlyList<AccreditationDto>> GetListAsync(AccreditationFilter filter, CancellationToken ct = default);

    Task<AccreditationDetailsDto> GetAsync(Guid id, CancellationToken ct = default);

    Task<AccreditationDto> CreateAsync(SaveAccreditationInput input, CancellationToken ct = default);

    Task<AccreditationDto> UpdateAsync(Guid id, SaveAccreditationInput input, CancellationToken ct = default);

    Task<MonitoringReportDto> AddReportAsync(Guid id, SaveMonitoringReportInput input, CancellationToken ct = default);

    Task<MonitoringReportDto> SubmitReportAsync(Guid id, Guid reportId, SubmitMonitoringReportInput input, CancellationToken ct = default);

    /// <summary>Per school in scope: programmes and those covered by a valid specialised accreditation today.</summary>
    Task<IReadOnlyList<SchoolCoverageDto>> GetCoverageAsync(CancellationToken ct = default);
}
