namespace Ektu.Qa.ExternalAccreditation.Accreditations;

/// <summary>Records a monitoring report as sent to the agency on a day.</summary>
public sealed class SubmitMonitoringReportInput
{
    public DateOnly? SubmittedOn { get; set; }
    public string? Note { get; set; }
    public int Version { get; set; }
}
