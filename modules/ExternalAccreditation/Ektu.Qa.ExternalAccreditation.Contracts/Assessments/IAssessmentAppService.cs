namespace Ektu.Qa.ExternalAccreditation.Assessments;

/// <summary>External assessment procedures of the units in scope, run on the shipped <c>ea-external-assessment</c> process.</summary>
public interface IAssessmentAppService
{
    Task<IReadOnlyList<AssessmentDto>> GetListAsync(CancellationToken ct = default);

    Task<AssessmentDetailsDto> GetAsync(Guid id, CancellationToken ct = default);

    /// <summary>Opens the pending accreditation and starts the process; a second procedure for the same accreditation answers 409.</summary>
    Task<AssessmentDto> StartAsync(StartAssessmentInput input, CancellationToken ct = default);

    Task CompleteStepAsync(Guid id, CompleteStepInput input, CancellationToken ct = default);

    /// <summary>Records the agency's decision on the decision step; the process writes it on the accreditation.</summary>
    Task RecordDecisionAsync(Guid id, RecordDecisionInput input, CancellationToken ct = default);

    Task<AssessmentDocumentDto> UploadAsync(Guid id, string step, string fileName, Stream? content, CancellationToken ct = default);

    Task<Kernel.Files.FileDownload> DownloadAsync(Guid id, Guid documentId, CancellationToken ct = default);

    /// <summary>Raises an improvement plan item as a CAPA item (from the decision on, until the procedure closes).</summary>
    Task<AssessmentPlanItemDto> AddPlanItemAsync(Guid id, AddPlanItemInput input, CancellationToken ct = default);
}
