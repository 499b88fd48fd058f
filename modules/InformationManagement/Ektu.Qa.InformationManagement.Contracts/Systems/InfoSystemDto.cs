namespace Ektu.Qa.InformationManagement.Systems;

/// <summary>An information system of the university: who owns it, what it holds, how it is backed up and its latest safety check.</summary>
public sealed class InfoSystemDto
{
    public Guid Id { get; init; }
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public Guid OwnerUnitId { get; init; }
    public string OwnerUnitName { get; set; } = "";
    public string Owner { get; init; } = "";
    public string Purpose { get; init; } = "";
    public string DataHeld { get; init; } = "";
    public string BackupSchedule { get; init; } = "";
    public DateOnly? RestoreVerifiedOn { get; init; }

    /// <summary>No restore verified, or the last more than the setting's number of days ago.</summary>
    public bool RestoreStale { get; set; }

    public string AccessControl { get; init; } = "";
    public SafetyCheckDto? LastCheck { get; set; }
    public int Version { get; init; }
}
