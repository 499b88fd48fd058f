namespace Ektu.Qa.InformationManagement.Systems;

/// <summary>A safety checklist filled in: the day checked (not in the future) and each point met or not.</summary>
public sealed class SaveSafetyCheckInput
{
    public DateOnly? CheckedOn { get; set; }
    public bool Authority { get; set; }
    public bool Antivirus { get; set; }
    public bool Administration { get; set; }
    public bool Backups { get; set; }
    public bool ServerRoom { get; set; }
    public bool Passwords { get; set; }
    public string? Note { get; set; }
}
