namespace Ektu.Qa.ProgrammeMonitoring.Reviews;

/// <summary>The seven grounds for reviewing a programme (000 §Std 9).</summary>
public enum TriggerKind
{
    NewStandardCurricula,
    NewProfessionalStandards,
    EmployerProposals,
    AttestationChairRecommendations,
    RankingExpertRecommendations,
    StaffResearch,
    RegulatoryChange,
}
