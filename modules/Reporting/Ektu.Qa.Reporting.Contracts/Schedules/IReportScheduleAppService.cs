namespace Ektu.Qa.Reporting.Schedules;

/// <summary>Schedules of reports, mapped to triggers of the host's scheduler.</summary>
public interface IReportScheduleAppService
{
    Task<IReadOnlyList<ReportScheduleDto>> GetListAsync(CancellationToken ct = default);

    Task<ReportScheduleDto> GetAsync(Guid id, CancellationToken ct = default);

    Task<ReportScheduleDto> CreateAsync(SaveScheduleInput input, CancellationToken ct = default);

    Task<ReportScheduleDto> UpdateAsync(Guid id, SaveScheduleInput input, CancellationToken ct = default);

    Task DeleteAsync(Guid id, CancellationToken ct = default);

    /// <summary>The next fire times (UTC) of a cron in a zone: the editor's preview; invalid cron → field error "cron".</summary>
    Task<IReadOnlyList<DateTime>> PreviewAsync(string cron, string timeZone, int count = 5, CancellationToken ct = default);
}
