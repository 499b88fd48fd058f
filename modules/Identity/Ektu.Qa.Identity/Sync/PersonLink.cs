namespace Ektu.Qa.Identity.Sync;

/// <summary>A person's link to their source record (<c>id_sync_people</c>) with the attributes last written.</summary>
internal sealed class PersonLink
{
    public string ExternalId { get; set; } = "";
    public Guid UserId { get; set; }
    public SyncPersonKind Kind { get; set; }
    public Guid UnitId { get; set; }
    public string? Position { get; set; }
    public string? Programme { get; set; }
    public int? StudyYear { get; set; }
    public string? StudyForm { get; set; }
    public string? StudyLanguage { get; set; }
    public bool IsActive { get; set; }
    public string Hash { get; set; } = "";
}
