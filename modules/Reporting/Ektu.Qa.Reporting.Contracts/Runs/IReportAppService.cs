using Ektu.Qa.Kernel.Files;
using Ektu.Qa.Reporting.Definitions;

namespace Ektu.Qa.Reporting.Runs;

/// <summary>The report catalogue, runs on demand, run history and the archive.</summary>
public interface IReportAppService
{
    /// <summary>Reports the caller may run.</summary>
    Task<IReadOnlyList<ReportDefinitionDto>> GetCatalogueAsync(CancellationToken ct = default);

    /// <summary>Validates the parameters and queues a run; it executes after the caller's unit of work commits.</summary>
    Task<ReportRunDto> RunAsync(RunReportInput input, CancellationToken ct = default);

    /// <summary>The caller's runs (all runs with Reporting.Archive), newest first.</summary>
    Task<IReadOnlyList<ReportRunDto>> GetRunsAsync(int take = 100, CancellationToken ct = default);

    Task<ReportRunDto> GetRunAsync(Guid id, CancellationToken ct = default);

    /// <summary>Queues a failed run again.</summary>
    Task<ReportRunDto> RetryAsync(Guid id, CancellationToken ct = default);

    /// <summary>The archived file of a succeeded run whose checksum still matches.</summary>
    Task<FileDownload> DownloadAsync(Guid id, CancellationToken ct = default);
}
