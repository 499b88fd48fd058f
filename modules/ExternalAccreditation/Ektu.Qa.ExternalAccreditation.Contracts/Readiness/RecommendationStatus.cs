namespace Ektu.Qa.ExternalAccreditation.Readiness;

/// <summary>Execution status of an expert recommendation (004 §3.8). Executed is final.</summary>
public enum RecommendationStatus
{
    NotStarted,
    InProgress,
    Executed,
    NotExecuted,
}
