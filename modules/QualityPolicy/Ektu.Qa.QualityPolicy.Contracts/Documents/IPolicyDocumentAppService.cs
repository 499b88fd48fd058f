using Ektu.Qa.Kernel.Files;
using Ektu.Qa.Kernel.Paging;

namespace Ektu.Qa.QualityPolicy.Documents;

/// <summary>Policy documents: card, editions with files, life cycle, change sheet, review dates.</summary>
public interface IPolicyDocumentAppService
{
    Task<PagedResult<PolicyDocumentDto>> GetListAsync(DocumentListInput input, CancellationToken ct = default);

    Task<PolicyDocumentDto> GetAsync(Guid id, CancellationToken ct = default);

    Task<IReadOnlyList<DocumentEditionDto>> GetEditionsAsync(Guid id, CancellationToken ct = default);

    Task<PolicyDocumentDto> CreateAsync(SavePolicyDocumentInput input, CancellationToken ct = default);

    Task<PolicyDocumentDto> UpdateAsync(Guid id, SavePolicyDocumentInput input, CancellationToken ct = default);

    /// <summary>Adds a Draft edition numbered after the last one.</summary>
    Task<DocumentEditionDto> UploadEditionAsync(Guid id, UploadEditionInput input, CancellationToken ct = default);

    /// <summary>Draft edition → Approved (the Board's date, body and decision number).</summary>
    Task<PolicyDocumentDto> ApproveAsync(Guid id, ApproveEditionInput input, CancellationToken ct = default);

    /// <summary>Approved edition → InForce; the previous in-force edition becomes Superseded; acknowledgement tasks are created.</summary>
    Task<PolicyDocumentDto> PutInForceAsync(Guid id, EnforceEditionInput input, CancellationToken ct = default);

    Task<PolicyDocumentDto> CancelAsync(Guid id, int version, CancellationToken ct = default);

    /// <summary>InForce → Superseded (replaced by another document).</summary>
    Task<PolicyDocumentDto> SupersedeAsync(Guid id, int version, CancellationToken ct = default);

    /// <summary>In-force documents whose review date has passed.</summary>
    Task<PagedResult<PolicyDocumentDto>> GetOverdueReviewsAsync(int page, int pageSize, CancellationToken ct = default);

    Task<FileDownload> DownloadAsync(Guid editionId, CancellationToken ct = default);

    /// <summary>Writes the filtered list (all pages) as an Excel sheet with localized headers.</summary>
    Task ExportAsync(DocumentListInput input, Stream output, CancellationToken ct = default);

    Task<IReadOnlyList<DocumentChangeDto>> GetChangesAsync(Guid id, CancellationToken ct = default);

    Task<DocumentChangeDto> AddChangeAsync(Guid id, AddDocumentChangeInput input, CancellationToken ct = default);

    /// <summary>Starts the policy document approval process for the pending edition; returns the process instance id.</summary>
    Task<Guid> SubmitForApprovalAsync(Guid id, CancellationToken ct = default);
}
