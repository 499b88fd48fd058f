namespace Ektu.Qa.InformationManagement.Audits;

/// <summary>
/// The annual internal audit plan: audits of the units in the caller's scope (another unit's answers 404), auditors
/// independent of the audited unit, checklists, findings, CAPA items raised from nonconformities, the Word report.
/// Every change leaves an audit entry.
/// </summary>
public interface IAuditAppService
{
    /// <summary>The plan of one year (every year when null), in period order.</summary>
    Task<IReadOnlyList<InternalAuditDto>> GetPlanAsync(int? year, CancellationToken ct = default);

    Task<AuditDetailsDto> GetAsync(Guid id, CancellationToken ct = default);

    /// <summary>The audit a finding belongs to (its CAPA link); 404 like the audit when out of scope.</summary>
    Task<Guid> GetAuditOfFindingAsync(Guid findingId, CancellationToken ct = default);

    /// <summary>The findings register of one year (every year when null).</summary>
    Task<IReadOnlyList<AuditFindingDto>> GetFindingsAsync(int? year, CancellationToken ct = default);

    Task<InternalAuditDto> CreateAsync(SaveAuditInput input, CancellationToken ct = default);

    Task<InternalAuditDto> UpdateAsync(Guid id, SaveAuditInput input, CancellationToken ct = default);

    /// <summary>Moves the audit one step on (planned → in progress → reported → closed); any other step is refused (409).</summary>
    Task<InternalAuditDto> MoveAsync(Guid id, AuditState to, int version, CancellationToken ct = default);

    Task<ChecklistItemDto> AddQuestionAsync(Guid id, SaveChecklistItemInput input, CancellationToken ct = default);

    Task<ChecklistItemDto> AnswerAsync(Guid id, Guid itemId, SaveChecklistItemInput input, CancellationToken ct = default);

    Task<AuditFindingDto> AddFindingAsync(Guid id, SaveFindingInput input, CancellationToken ct = default);

    /// <summary>Raises the nonconformity as a CAPA item in Improvement; a second call returns the finding with the item raised first.</summary>
    Task<AuditFindingDto> RaiseCapaAsync(Guid id, Guid findingId, RaiseCapaInput input, CancellationToken ct = default);

    /// <summary>The audit report as a Word document in the reader's language.</summary>
    Task<Kernel.Files.FileDownload> GetReportAsync(Guid id, CancellationToken ct = default);
}
