using Ektu.Qa.Kernel.Files;

namespace Ektu.Qa.Identity.Sync;

/// <summary>
/// People from a CSV or XLSX file: upload and preview, then import with a column mapping (field → column header) that can
/// be saved under a name for the next file; each import is a sync run with a per-row result file. Needs <c>Identity.Sync</c>.
/// </summary>
public interface IPeopleImportAppService
{
    Task<ImportPreviewDto> PreviewAsync(string? fileName, Stream? content, string? mappingName, CancellationToken ct = default);

    /// <summary>The preview of a file uploaded before, proposing the saved mapping <paramref name="mappingName"/> when given.</summary>
    Task<ImportPreviewDto> GetPreviewAsync(Guid uploadId, string? mappingName, CancellationToken ct = default);

    Task<SyncBatchResult> ImportAsync(Guid uploadId, IReadOnlyDictionary<string, string>? mapping, string? saveAs, CancellationToken ct = default);

    Task<IReadOnlyList<string>> GetMappingNamesAsync(CancellationToken ct = default);

    /// <summary>The XLSX of an import run: row, external id, outcome, message.</summary>
    Task<FileDownload> GetResultFileAsync(Guid runId, CancellationToken ct = default);
}
