using Ektu.Qa.Kernel.Files;

namespace Ektu.Qa.QaCommission.Register;

/// <summary>The decisions register and its follow-up (004 §7.4–7.5).</summary>
public interface IDecisionRegisterAppService
{
    Task<IReadOnlyList<RegisterEntryDto>> GetRegisterAsync(Guid commissionId, bool overdueOnly = false, CancellationToken ct = default);

    Task<RegisterEntryDto> UpdateAsync(Guid decisionId, UpdateRegisterEntryInput input, CancellationToken ct = default);

    Task<IReadOnlyList<ExecutionEvidenceDto>> GetEvidenceAsync(Guid decisionId, CancellationToken ct = default);

    /// <summary>The file of an evidence entry; 404 when the entry has no file or its commission is not visible.</summary>
    Task<FileDownload> DownloadEvidenceAsync(Guid evidenceId, CancellationToken ct = default);

    Task<ExecutionEvidenceDto> AddEvidenceAsync(Guid decisionId, string? note, Commissions.UploadFileInput? file, CancellationToken ct = default);

    /// <summary>
    /// One request per open adopted decision per quarter (idempotent: a unique index). Run by the quarterly job;
    /// returns how many requests were created now.
    /// </summary>
    Task<int> GenerateQuarterlyRequestsAsync(DateOnly quarterEnd, CancellationToken ct = default);

    /// <summary>Requests addressed to the caller (as executor or through a unit in scope), unanswered first.</summary>
    Task<IReadOnlyList<StatusRequestDto>> GetMyRequestsAsync(CancellationToken ct = default);

    Task<IReadOnlyList<StatusRequestDto>> GetRequestsAsync(Guid commissionId, CancellationToken ct = default);

    Task<StatusRequestDto> RespondAsync(Guid requestId, string response, int version, CancellationToken ct = default);

    /// <summary>Records late / poor execution and climbs the ladder for the executor; notifies accordingly.</summary>
    Task<ViolationDto> RecordViolationAsync(Guid decisionId, ViolationKind kind, string? note, CancellationToken ct = default);

    /// <summary>Records a Late violation once for every open decision past its deadline (run by the job).</summary>
    Task<int> ScanOverdueAsync(CancellationToken ct = default);

    Task<IReadOnlyList<ViolationDto>> GetViolationsAsync(Guid decisionId, CancellationToken ct = default);

    /// <summary>The dean records the official inquiry opened at the systematic step.</summary>
    Task<ViolationDto> RecordInquiryAsync(Guid violationId, string orderNumber, DateOnly orderDate, int version, CancellationToken ct = default);

    Task<IReadOnlyList<NoticeDto>> GetMyNoticesAsync(CancellationToken ct = default);

    Task<CommissionDashboardDto> GetDashboardAsync(Guid commissionId, CancellationToken ct = default);
}
