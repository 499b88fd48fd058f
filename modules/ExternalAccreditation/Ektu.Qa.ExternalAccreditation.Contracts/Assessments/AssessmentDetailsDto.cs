namespace Ektu.Qa.ExternalAccreditation.Assessments;

/// <summary>The assessment's page: the procedure, its steps, documents and improvement plan.</summary>
public sealed record AssessmentDetailsDto(AssessmentDto Assessment, IReadOnlyList<AssessmentStepDto> Steps,
    IReadOnlyList<AssessmentDocumentDto> Documents, IReadOnlyList<AssessmentPlanItemDto> Plan)
{
    public AssessmentStepDto? Current => Steps.FirstOrDefault(s => s.IsCurrent);
}
