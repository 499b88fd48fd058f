namespace Ektu.Qa.ExternalAccreditation.Certifications;

/// <summary>An inspection audit to plan on a day within the certificate's validity.</summary>
public sealed class PlanAuditInput
{
    public DateOnly? PlannedOn { get; set; }
}
