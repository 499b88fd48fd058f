namespace Ektu.Qa.ExternalAccreditation.Readiness;

/// <summary>Readiness settings (Settings page; display name key <c>Setting:&lt;name&gt;</c>).</summary>
public static class ReadinessSettings
{
    /// <summary>An evidence document older than this many months is stale (default 12).</summary>
    public const string EvidenceFreshMonths = "ExternalAccreditation.Readiness.EvidenceFreshMonths";
}
