using Ektu.Qa.Kernel.Paging;

namespace Ektu.Qa.QualityPolicy.Acknowledgements;

/// <summary>Acknowledgement of the current edition by every employee it applies to (004 §8).</summary>
public interface IAcknowledgementAppService
{
    /// <summary>The caller's own tasks, pending first.</summary>
    Task<IReadOnlyList<AcknowledgementDto>> GetMineAsync(bool pendingOnly, CancellationToken ct = default);

    /// <summary>The caller acknowledges one of their own tasks; the time is recorded.</summary>
    Task<AcknowledgementDto> AcknowledgeAsync(Guid id, int version, CancellationToken ct = default);

    /// <summary>Unacknowledged tasks past their due date, for documents in the caller's scope.</summary>
    Task<PagedResult<AcknowledgementDto>> GetOverdueAsync(int page, int pageSize, CancellationToken ct = default);

    /// <summary>The acknowledgement sheet of one edition (name, position, date).</summary>
    Task<IReadOnlyList<AcknowledgementDto>> GetSheetAsync(Guid editionId, CancellationToken ct = default);

    /// <summary>The sheet with the document and edition it belongs to (code, title, edition number, approval date).</summary>
    Task<AcknowledgementSheetDto> GetSheetWithDocumentAsync(Guid editionId, CancellationToken ct = default);

    /// <summary>Writes the sheet as XLSX, every row naming the document and edition; returns the file name, which names them too.</summary>
    Task<string> ExportSheetAsync(Guid editionId, Stream output, CancellationToken ct = default);
}
