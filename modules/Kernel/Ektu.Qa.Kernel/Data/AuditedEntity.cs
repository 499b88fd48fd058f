namespace Ektu.Qa.Kernel.Data;

/// <summary>The columns every aggregate table has: optimistic version and who/when stamps.</summary>
public abstract class AuditedEntity
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    /// <summary>Sets the stamps of a new row (version 1).</summary>
    public void StampCreated(DateTime now, string by)
    {
        Version = 1;
        CreatedAt = UpdatedAt = now;
        CreatedBy = UpdatedBy = by;
    }

    /// <summary>Sets update stamps; the repository's UPDATE matches the old version and writes <see cref="Version"/>.</summary>
    public void StampUpdated(DateTime now, string by)
    {
        UpdatedAt = now;
        UpdatedBy = by;
    }
}
