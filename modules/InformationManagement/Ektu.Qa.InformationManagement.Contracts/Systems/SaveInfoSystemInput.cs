namespace Ektu.Qa.InformationManagement.Systems;

/// <summary>A new system of the registry, or its edit (<see cref="Version"/> then required; the owning unit stays).</summary>
public sealed class SaveInfoSystemInput
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public Guid OwnerUnitId { get; set; }
    public string Owner { get; set; } = "";
    public string Purpose { get; set; } = "";
    public string DataHeld { get; set; } = "";
    public string BackupSchedule { get; set; } = "";
    public DateOnly? RestoreVerifiedOn { get; set; }
    public string AccessControl { get; set; } = "";
    public int Version { get; set; }
}
