namespace Ektu.Qa.Identity.Sync;

/// <summary>
/// An uploaded file kept for the import: its column headers, the first rows, how many data rows it has, and the mapping
/// proposed (a saved one, or the headers that name a field).
/// </summary>
public sealed record ImportPreviewDto(
    Guid UploadId, string FileName, IReadOnlyList<string> Headers, IReadOnlyList<string[]> Sample, int RowCount,
    IReadOnlyDictionary<string, string> Mapping);
