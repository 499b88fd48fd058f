namespace Ektu.Qa.ExternalAccreditation.Readiness;

/// <summary>Readiness error codes (localization keys).</summary>
public static class ReadinessErrorCodes
{
    public const string RecommendationExecuted = "ExternalAccreditation:Readiness.RecommendationExecuted";
}
