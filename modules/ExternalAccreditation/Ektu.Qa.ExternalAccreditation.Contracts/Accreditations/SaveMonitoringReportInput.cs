namespace Ektu.Qa.ExternalAccreditation.Accreditations;

/// <summary>A monitoring report to plan: its title and due date.</summary>
public sealed class SaveMonitoringReportInput
{
    public string Title { get; set; } = "";
    public DateOnly? DueOn { get; set; }
}
