namespace Ektu.Qa.ExternalAccreditation.SelfAssessment;

/// <summary>A self-assessment with every criterion of its agency, in standard and criterion order.</summary>
public sealed record SelfAssessmentDetailsDto(SelfAssessmentDto SelfAssessment, IReadOnlyList<SaCriterionStateDto> Criteria);
