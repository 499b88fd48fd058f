namespace Ektu.Qa.InformationManagement.Systems;

/// <summary>An information-safety checklist of a system (DOMAIN §8): each point met or not, the day checked and by whom.</summary>
public sealed class SafetyCheckDto
{
    public Guid Id { get; init; }
    public Guid SystemId { get; init; }
    public DateOnly CheckedOn { get; init; }
    public Guid CheckedById { get; init; }
    public string CheckedByName { get; set; } = "";
    public bool Authority { get; init; }
    public bool Antivirus { get; init; }
    public bool Administration { get; init; }
    public bool Backups { get; init; }
    public bool ServerRoom { get; init; }
    public bool Passwords { get; init; }
    public string? Note { get; init; }

    public bool Passed => Authority && Antivirus && Administration && Backups && ServerRoom && Passwords;
}
