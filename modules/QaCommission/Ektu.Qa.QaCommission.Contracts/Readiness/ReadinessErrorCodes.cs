namespace Ektu.Qa.QaCommission.Readiness;

/// <summary>Readiness error codes (localization keys).</summary>
public static class ReadinessErrorCodes
{
    public const string RecommendationExecuted = "QaCommission:Readiness.RecommendationExecuted";
}
