using Ektu.Qa.Kernel.Files;
using Ektu.Qa.QaCommission.Commissions;

namespace Ektu.Qa.QaCommission.Reports;

/// <summary>
/// The commission's semi-annual analytical report (004 §7.6): a Word document with an Excel annex, downloaded on
/// demand or sent to the school's dean's office, the School Council's secretary and the Academic Quality Department.
/// </summary>
public interface ISemiAnnualReportAppService
{
    /// <summary>Commissions the caller may report on (the permission in the school's scope, or an officer of it).</summary>
    Task<IReadOnlyList<CommissionDto>> GetReportableAsync(CancellationToken ct = default);

    Task<FileDownload> GetDocumentAsync(SemiAnnualReportInput input, CancellationToken ct = default);

    Task<FileDownload> GetAnnexAsync(SemiAnnualReportInput input, CancellationToken ct = default);

    /// <summary>Generates both files, e-mails them to the role holders of the school and records the report.</summary>
    Task<QaCommissionReportDto> SendAsync(SemiAnnualReportInput input, CancellationToken ct = default);

    /// <summary>A sent report's Word document, or its Excel annex, exactly as it was sent (kept with the report, not generated again).</summary>
    Task<FileDownload> DownloadSentAsync(Guid reportId, bool annex, CancellationToken ct = default);

    /// <summary>Reports sent for a commission, newest first.</summary>
    Task<IReadOnlyList<QaCommissionReportDto>> GetHistoryAsync(Guid commissionId, CancellationToken ct = default);
}
