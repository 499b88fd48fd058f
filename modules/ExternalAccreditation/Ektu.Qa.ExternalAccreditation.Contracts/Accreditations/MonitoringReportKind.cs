namespace Ektu.Qa.ExternalAccreditation.Accreditations;

/// <summary>The follow-up report a conditional decision asks for, or a periodic post-accreditation monitoring report.</summary>
public enum MonitoringReportKind
{
    FollowUp,
    Periodic,
}
