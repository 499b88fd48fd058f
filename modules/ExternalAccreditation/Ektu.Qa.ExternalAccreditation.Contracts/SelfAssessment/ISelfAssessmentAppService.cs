using Ektu.Qa.ExternalAccreditation.Readiness;
using Ektu.Qa.Kernel.Files;

namespace Ektu.Qa.ExternalAccreditation.SelfAssessment;

/// <summary>
/// The self-assessment report builder: agencies' standards and criteria as editable reference data mapped to ESG; per
/// self-assessment a narrative and linked evidence for every criterion, its completeness, and the report as Word.
/// One evidence document may serve any number of criteria, agencies and reports.
/// </summary>
public interface ISelfAssessmentAppService
{
    /// <summary>Standards with their criteria; of one agency when given.</summary>
    Task<IReadOnlyList<SaStandardDto>> GetStandardsAsync(Guid? agencyId = null, CancellationToken ct = default);

    Task<SaStandardDto> CreateStandardAsync(SaveSaStandardInput input, CancellationToken ct = default);

    Task<SaCriterionDto> CreateCriterionAsync(SaveSaCriterionInput input, CancellationToken ct = default);

    Task<SaCriterionDto> UpdateCriterionAsync(Guid id, SaveSaCriterionInput input, CancellationToken ct = default);

    Task<IReadOnlyList<SelfAssessmentDto>> GetListAsync(CancellationToken ct = default);

    Task<SelfAssessmentDetailsDto> GetAsync(Guid id, CancellationToken ct = default);

    Task<SelfAssessmentDto> CreateAsync(SaveSelfAssessmentInput input, CancellationToken ct = default);

    Task<SaCriterionStateDto> SaveNarrativeAsync(Guid id, Guid criterionId, SaveNarrativeInput input, CancellationToken ct = default);

    Task<SaCriterionStateDto> LinkEvidenceAsync(Guid id, Guid criterionId, Guid evidenceId, CancellationToken ct = default);

    Task<SaCriterionStateDto> UnlinkEvidenceAsync(Guid id, Guid criterionId, Guid evidenceId, CancellationToken ct = default);

    /// <summary>The evidence library of the caller's scope searched by title words and ESG standard, newest first, 50 at most.</summary>
    Task<IReadOnlyList<EvidenceDocumentDto>> SearchEvidenceAsync(EvidenceSearch search, CancellationToken ct = default);

    /// <summary>The whole report as a Word document, narratives in the reader's language.</summary>
    Task<FileDownload> GetDocumentAsync(Guid id, CancellationToken ct = default);
}
